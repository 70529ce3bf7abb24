using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Modes;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// Leading cases (a lead department, or the platform): gather proofs the lead must obtain (data pulls; papers the
/// citizen must bring after all), run the stages in order — the steps of a stage at once — asking the coordination
/// mode for every step another department does, check commitments and agencies' work, and tell the citizen when done.
/// </summary>
/// <param name="maturity">The lead's current digital maturity (the platform's hub connectedness), read at each data pull.</param>
public sealed class CaseLead(ICoordinatingAgent owner, World world, Func<double> maturity, Func<LeadCase, ICoordinationMode> modeFor)
{
    private readonly Dictionary<CaseId, LeadCase> _cases = []; // looked up by id only, never iterated

    public long Escalations { get; private set; }
    public long Rework { get; private set; }
    public long TenderRetries { get; private set; }

    public bool IsOpen(CaseId id) => _cases.ContainsKey(id);
    public bool IsPending(CaseId id, int step) => _cases.TryGetValue(id, out var c) && c.IsPending(step);
    public int ServiceOf(CaseId id) => _cases[id].Service.Index;
    public int CitizenRegionOf(CaseId id) => _cases[id].CitizenRegion;

    public DepartmentInfo TargetOf(CaseId id, int step, World world)
    {
        var c = _cases[id];
        var info = c.Service.Steps[step];
        return world.Department(world.RegionOf(info, c.CitizenRegion), info.Function);
    }

    /// <summary>An escalation on a case: counted, and the leader's time charged to it.</summary>
    public void CountEscalation(CaseId id)
    {
        Escalations++;
        if (!_cases.TryGetValue(id, out var c)) return;
        c.Escalations++;
        c.Cost += Costs.LeaderItem(world);
    }

    public void AddCost(CaseId id, double cost) => _cases[id].Cost += cost;

    public void CountTenderRetry() => TenderRetries++;

    /// <summary>Handles the messages every lead receives the same way; false for anything else.</summary>
    public bool TryHandle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case StepDone done:
                OnStepDone(done.Case, done.Step, done.Interventions, done.Cost, envelope.From, ctx);
                return true;
            case DataReply reply:
                OnDataReply(reply, ctx);
                return true;
            case ProofsDelivered delivered:
                OnProofsDelivered(delivered.Case, ctx);
                return true;
            default:
                return false;
        }
    }

    public void Open(CaseSubmission s, AgentId citizen, bool allAtOnce, IAgentContext ctx)
    {
        var service = world.Services[s.Service];
        var stages = allAtOnce ? [Enumerable.Range(0, service.Steps.Length).ToArray()] : service.Stages;
        var c = new LeadCase(s.Case, service, citizen, s.Region, stages, s.Fallback);
        _cases.Add(c.Id, c);
        foreach (var commitment in service.Commitments)
            if (ctx.Random.Chance(commitment.FalseCommitmentRate)) c.FalseCommitment = true;
        foreach (var proof in service.DataShared)
        {
            c.DataPending++;
            ctx.Send(world.Department(c.CitizenRegion, proof.Issuer).Id, new DataRequest(c.Id, proof.Issuer, maturity()), world.MessageDelay);
        }

        if (c.DataPending == 0) StartStage(c, ctx);
    }

    public void OnDataReply(DataReply reply, IAgentContext ctx)
    {
        if (!_cases.TryGetValue(reply.Case, out var c)) return;
        c.DataPending--;
        if (!reply.Found) c.MissingProofs |= 1L << reply.Issuer;
        if (c.DataPending > 0) return;
        if (c.MissingProofs != 0) ctx.Send(c.Citizen, new ProofsRequired(c.Id, c.MissingProofs), ctx.World.MessageDelay);
        else StartStage(c, ctx);
    }

    public void OnProofsDelivered(CaseId id, IAgentContext ctx)
    {
        if (!_cases.TryGetValue(id, out var c)) return;
        c.MissingProofs = 0;
        if (c.RedoFirstStage)
        {
            c.RedoFirstStage = false;
            c.Stage = 0;
        }

        StartStage(c, ctx);
    }

    public void OnStepDone(CaseId id, int step, int interventions, double cost, AgentId provider, IAgentContext ctx)
    {
        if (!_cases.TryGetValue(id, out var c) || !c.RemovePending(step)) return;
        c.Interventions += interventions;
        c.Cost += cost;
        if (provider.Kind == AgentKind.Agency && ctx.Random.Chance(world.Spec.Agencies.ShirkingRate))
        {
            // Defective work from an agency: tender it again.
            c.Rework++;
            Rework++;
            c.AddPending(step);
            Rerequest(id, step, CoordinationModes.Of(ModeKind.Market), ctx);
            return;
        }

        if (c.AnyPending) return;
        if (c.Stage == 0 && c.FalseCommitment)
        {
            // The promise was checked at the first stage and found false: the real papers, then the stage again.
            c.FalseCommitment = false;
            c.RedoFirstStage = true;
            c.Rework++;
            Rework++;
            var issuers = c.Service.Commitments.Aggregate(0L, (mask, p) => mask | (1L << p.Issuer));
            ctx.Send(c.Citizen, new ProofsRequired(c.Id, issuers), world.MessageDelay);
            return;
        }

        c.Stage++;
        if (c.Stage < c.Stages.Length)
        {
            StartStage(c, ctx);
            return;
        }

        _cases.Remove(id);
        ctx.Send(c.Citizen, new CaseCompleted(c.Id, c.Escalations, c.Interventions, c.Rework, c.Cost,
            c.ByMode[0], c.ByMode[1], c.ByMode[2], c.ByMode[3], c.Fallback), world.MessageDelay);
    }

    /// <summary>Asks for a step again through the given mode (market retry or rework).</summary>
    public void Rerequest(CaseId id, int step, ICoordinationMode mode, IAgentContext ctx)
    {
        if (!_cases.TryGetValue(id, out var c)) return;
        mode.RequestStep(new StepRequest(id, c.Service.Index, step, owner.Id, TargetOf(id, step, ctx.World)), owner, ctx);
    }

    private void StartStage(LeadCase c, IAgentContext ctx)
    {
        foreach (var step in c.Stages[c.Stage]) c.AddPending(step);
        foreach (var step in c.Stages[c.Stage])
        {
            var target = TargetOf(c.Id, step, ctx.World);
            if (target.Id == owner.Id)
            {
                owner.AcceptWork(c.Id, c.Service.Index, step, owner.Id, 0, ctx); // its own work: no coordination
                continue;
            }

            var mode = modeFor(c).Resolve(ctx, c.CitizenRegion, c.Service.Index);
            c.ByMode[CoordinationModes.Index(mode.Kind)]++;
            mode.RequestStep(new StepRequest(c.Id, c.Service.Index, step, owner.Id, target), owner, ctx);
        }
    }
}
