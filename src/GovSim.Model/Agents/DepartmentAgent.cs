using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Modes;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A department (职能部门): a counter and a back office with parallel staff, working in office hours. It issues
/// proofs to citizens, does steps of cases, and leads the cases whose first step it owns: when the next step belongs
/// to another function it asks the coordination mode in force to get it done.
/// </summary>
public sealed class DepartmentAgent(DepartmentInfo info) : Agent(info.Id)
{
    private readonly WorkQueue _queue = new();
    private readonly Dictionary<CaseId, LeadCase> _leading = []; // looked up by id only, never iterated
    private readonly DepartmentStats _stats = new(info.Hours);
    private int _busy;
    private bool _openingScheduled;
    private long _escalations;

    public DepartmentInfo Info { get; } = info;

    public override void Start(IAgentContext ctx) => ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case ProofApplication p:
                Enqueue(new Job(JobKind.Proof, p.Case, -1, -1, envelope.From, 0, 0, p.ProofCount, ctx.Now), ctx);
                break;
            case CaseSubmission s:
                _leading.Add(s.Case, new LeadCase(s.Case, ctx.World.Services[s.Service], envelope.From));
                Enqueue(new Job(JobKind.Step, s.Case, s.Service, 0, Id, 0, 0, 0, ctx.Now), ctx);
                break;
            case Directive d:
                Enqueue(new Job(JobKind.Step, d.Case, d.Service, d.Step, d.Requester, d.Priority, 1, 0, ctx.Now), ctx);
                break;
            case StepDone done:
                Advance(done.Case, done.Step, done.Interventions, ctx);
                break;
            case ServiceDone finished:
                _stats.Accrue(ctx.Now, _queue.Count, _busy);
                _busy--;
                _stats.Completion();
                Complete(finished.Job, ctx);
                StartWork(ctx);
                break;
            case Opening:
                _openingScheduled = false;
                StartWork(ctx);
                break;
            case DayEnd:
                ctx.Record(_stats.CloseDay(Info.Index, ctx.Now, _queue.Count, _busy));
                ctx.Schedule(new DayEnd(), SimTime.MinutesPerDay);
                break;
            default:
                throw new InvalidOperationException($"Department cannot handle {envelope.Body.GetType().Name}.");
        }
    }

    public override void Finish(IAgentContext ctx) => ctx.Record(new Counter("escalations", _escalations));

    private void Enqueue(Job job, IAgentContext ctx)
    {
        _stats.Accrue(ctx.Now, _queue.Count, _busy);
        _stats.Arrival();
        _queue.Enqueue(job);
        StartWork(ctx);
    }

    /// <summary>Free staff take waiting jobs while the office is open; otherwise wait for the next opening.</summary>
    private void StartWork(IAgentContext ctx)
    {
        if (_queue.Count == 0 || _busy >= Info.Staff) return;
        if (!Info.Hours.IsOpen(ctx.Now))
        {
            if (_openingScheduled) return;
            _openingScheduled = true;
            ctx.Schedule(new Opening(), Info.Hours.NextOpen(ctx.Now) - ctx.Now);
            return;
        }

        while (_busy < Info.Staff && _queue.Count > 0)
        {
            _stats.Accrue(ctx.Now, _queue.Count, _busy);
            var job = _queue.Dequeue();
            _busy++;
            var doneAt = Info.Hours.AddWorkingMinutes(ctx.Now, Info.ServiceTime.Sample(ctx.Random));
            ctx.Schedule(new ServiceDone(job), doneAt - ctx.Now);
        }
    }

    private void Complete(Job job, IAgentContext ctx)
    {
        var world = ctx.World;
        if (job.Kind == JobKind.Proof)
            ctx.Send(job.ReplyTo, new ProofIssued(job.Case, job.ProofCount), world.TravelTime);
        else if (job.ReplyTo == Id)
            Advance(job.Case, job.Step, job.Interventions, ctx);
        else
            ctx.Send(job.ReplyTo, new StepDone(job.Case, job.Step, job.Interventions), world.MessageDelay);
    }

    /// <summary>A step of a case this department leads is done: finish the case or start the next step.</summary>
    private void Advance(CaseId id, int stepDone, int interventions, IAgentContext ctx)
    {
        var lead = _leading[id];
        lead.Interventions += interventions;
        var next = stepDone + 1;
        var steps = lead.Service.StepFunctions;
        if (next == steps.Length)
        {
            _leading.Remove(id);
            ctx.Send(lead.Citizen, new CaseCompleted(id, lead.Escalations, lead.Interventions, 0, 0), ctx.World.MessageDelay);
            return;
        }

        if (steps[next] == Info.Function)
        {
            Enqueue(new Job(JobKind.Step, id, lead.Service.Index, next, Id, 0, 0, 0, ctx.Now), ctx);
            return;
        }

        lead.Escalations++;
        _escalations++;
        var target = ctx.World.Department(Info.Region, steps[next]);
        ctx.World.Mode.RequestStep(new StepRequest(id, lead.Service.Index, next, Id, target), ctx);
    }
}
