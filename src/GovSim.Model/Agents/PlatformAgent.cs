using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Modes;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// The government service platform (政务服务平台) of cyborg mode: takes applications (online 24/7, or at its assisted
/// counter), pulls data-shared proofs with full connectivity on its side, and leads each case by dispatching all its
/// steps at once with SLA timers (<see cref="CyborgMode"/>). It fails in two ways: outages (exponential up and down
/// times with the configured availability and mean outage length) and data mismatches (data_error_rate); either way
/// the application is turned away and the citizen goes to the department's counter, where hierarchy takes over.
/// </summary>
public sealed class PlatformAgent : Agent, ICoordinatingAgent
{
    private bool _down;
    private long _fallbacks;
    private long _outages;
    private long _downSince;
    private long _downMinutes;

    public PlatformAgent(World world) : base(world.Platform)
    {
        Book = new CoordinationBook(world.Departments.Count, world.Spec.Network.InitialTrust);
        Lead = new CaseLead(this, maturity: 1.0, _ => CoordinationModes.Of(ModeKind.Cyborg));
    }

    public CoordinationBook Book { get; }
    public CaseLead Lead { get; }
    ServiceDesk? ICoordinatingAgent.Desk => null;
    CaseLead? ICoordinatingAgent.Lead => Lead;

    public override void Start(IAgentContext ctx)
    {
        // An unused platform stays still, so runs of other modes spend no events on it.
        if (CoordinationModes.PlatformShare(ctx.World.Mode) > 0 && ctx.World.Spec.Platform.Availability < 1) ScheduleOutage(ctx);
    }

    public override void Handle(Envelope envelope, IAgentContext ctx)
    {
        switch (envelope.Body)
        {
            case CaseSubmission s:
                if (_down || ctx.Random.Chance(ctx.World.Spec.Platform.DataErrorRate))
                {
                    _fallbacks++;
                    ctx.Send(envelope.From, new SubmissionRejected(s.Case), ctx.World.MessageDelay);
                }
                else
                {
                    Lead.Open(s, envelope.From, allAtOnce: true, ctx);
                }

                break;
            case Outage outage:
                _down = outage.Starts;
                if (_down)
                {
                    _outages++;
                    _downSince = ctx.Now;
                }
                else
                {
                    _downMinutes += ctx.Now - _downSince;
                }

                ScheduleOutage(ctx);
                break;
            default:
                if (!Lead.TryHandle(envelope, ctx)) CoordinationModes.Handle(envelope, this, ctx);
                break;
        }
    }

    public override void Finish(IAgentContext ctx)
    {
        if (_down) _downMinutes += ctx.Now - _downSince;
        ctx.Record(new Counter("escalations", Lead.Escalations));
        ctx.Record(new Counter("rework", Lead.Rework));
        ctx.Record(new Counter("platform_fallbacks", _fallbacks));
        ctx.Record(new Counter("platform_outages", _outages));
        ctx.Record(new Counter("platform_down_minutes", _downMinutes));
    }

    public void AcceptWork(CaseId @case, int service, int step, AgentId requester, int? priority, IAgentContext ctx) =>
        throw new InvalidOperationException("The platform does no step work itself.");

    private void ScheduleOutage(IAgentContext ctx)
    {
        var spec = ctx.World.Spec.Platform;
        var meanDown = spec.MeanOutageHours * SimTime.MinutesPerHour;
        var meanUp = meanDown * spec.Availability / (1 - spec.Availability);
        var wait = ctx.Random.Exponential(_down ? meanDown : meanUp);
        if (wait >= ctx.World.Duration) return;
        ctx.Schedule(new Outage(!_down), Math.Max(1, (long)Math.Round(wait)));
    }
}
