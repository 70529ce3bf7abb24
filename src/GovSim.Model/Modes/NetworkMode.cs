using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// 网络式 coordination: the lead asks the peer directly. The peer accepts with probability
/// p = trust × spare capacity, raised by push towards 1 (p + push × (1 − p)); spare capacity is
/// 1 − waiting per staff / load tolerance. Trust is reciprocal: a department's trust in a peer rises when that peer
/// accepts its requests and falls when it refuses, and it is that trust it uses when the peer asks in turn. A refused
/// request is asked again after a delay; after max_refusals it falls back to the hierarchy.
/// </summary>
public sealed class NetworkMode : ICoordinationMode
{
    public ModeKind Kind => ModeKind.Network;

    public void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx) =>
        ctx.Send(request.Target.Id, new PeerRequest(request.Case, request.Service, request.Step), ctx.World.MessageDelay);

    public bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx)
    {
        var world = ctx.World;
        var spec = world.Spec.Network;
        switch (envelope.Body)
        {
            case PeerRequest r:
                var desk = self.Desk!;
                var spare = 1 - Math.Min(1, desk.WaitingPerStaff / spec.LoadTolerance);
                var p = self.Book.TrustIn(envelope.From.Index) * spare;
                p += world.PushIn(world.Department(self.Id).Region) * (1 - p);
                if (ctx.Random.Chance(p))
                {
                    self.AcceptWork(r.Case, r.Service, r.Step, envelope.From, null, ctx);
                    ctx.Send(envelope.From, new PeerAccept(r.Case, r.Step), world.MessageDelay);
                }
                else
                {
                    ctx.Send(envelope.From, new PeerRefuse(r.Case, r.Service, r.Step), world.MessageDelay);
                }

                return true;
            case PeerAccept a:
                self.Book.Reciprocate(envelope.From.Index, accepted: true, spec.TrustStep);
                self.Book.Refusals.Remove((a.Case, a.Step));
                return true;
            case PeerRefuse f:
                self.Book.Reciprocate(envelope.From.Index, accepted: false, spec.TrustStep);
                self.Book.RefusalsTotal++;
                var key = (f.Case, f.Step);
                var refusals = self.Book.Refusals.GetValueOrDefault(key) + 1;
                if (refusals >= spec.MaxRefusals)
                {
                    self.Book.Refusals.Remove(key);
                    var fallback = new StepRequest(f.Case, f.Service, f.Step, self.Id, world.Department(envelope.From));
                    CoordinationModes.Of(ModeKind.Administrative).RequestStep(fallback, self, ctx);
                }
                else
                {
                    self.Book.Refusals[key] = refusals;
                    ctx.Schedule(new PeerRetry(f.Case, f.Service, f.Step, envelope.From), spec.RetryMinutes);
                }

                return true;
            case PeerRetry retry:
                if (self.Lead?.IsOpen(retry.Case) == true)
                    ctx.Send(retry.Peer, new PeerRequest(retry.Case, retry.Service, retry.Step), world.MessageDelay);
                return true;
            default:
                return false;
        }
    }
}
