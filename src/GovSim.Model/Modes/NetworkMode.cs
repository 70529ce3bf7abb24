using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// 网络式 coordination: the lead asks the peer directly. The peer accepts with probability
/// p = trust × (spare + push × (1 − spare)), where spare = 1 − min(1, waiting per staff / load tolerance) and push is
/// the one governing the work (the peer's region's, or the top leader's across regions): push can make a busy peer
/// take the work, but cannot make up for missing trust, so acceptance falls low when trust is low whatever the push.
/// Trust is reciprocal: a department's trust in a peer rises when that peer accepts its requests and falls when it
/// refuses, and it is that trust it uses when the peer asks in turn. A refused request is asked again after a delay;
/// after max_refusals it falls back to the hierarchy. With the platform's load board (visibility) a refusal becomes
/// attributable: a requester whose board shows the peer without spare capacity excuses the refusal and keeps its
/// trust, so overload alone no longer starts a spiral of distrust (推诿扯皮).
/// </summary>
public sealed class NetworkMode : ICoordinationMode
{
    public ModeKind Kind => ModeKind.Network;

    public void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx) =>
        Ask(requester, request.Case, request.Service, request.Step, request.Target.Id, ctx);

    /// <summary>The probability that a peer accepts, from its trust in the requester, its spare capacity and push.</summary>
    public static double Acceptance(double trust, double waitingPerStaff, double loadTolerance, double push)
    {
        var spare = 1 - Math.Min(1, waitingPerStaff / loadTolerance);
        return trust * (spare + push * (1 - spare));
    }

    public bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx)
    {
        var world = ctx.World;
        var spec = world.Spec.Network;
        switch (envelope.Body)
        {
            case PeerRequest r:
                var peer = (DepartmentAgent)self;
                var p = Acceptance(self.Book.TrustIn(envelope.From.Index), peer.Desk.WaitingPerStaff, spec.LoadTolerance, peer.PushOver(envelope.From, world, ctx.Now));
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
                if (!Excused(self.Book.Board, envelope.From, spec)) self.Book.Reciprocate(envelope.From.Index, accepted: false, spec.TrustStep);
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
                if (self.Lead?.IsOpen(retry.Case) == true) Ask(self, retry.Case, retry.Service, retry.Step, retry.Peer, ctx);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the board shows the refusing peer without spare capacity.</summary>
    private static bool Excused(LoadBoard? board, AgentId peer, NetworkSpec spec) =>
        board is not null && board.DepartmentLoad[peer.Index] >= spec.LoadTolerance;

    private static void Ask(ICoordinatingAgent requester, CaseId @case, int service, int step, AgentId peer, IAgentContext ctx) =>
        ctx.Send(peer, new PeerRequest(@case, service, step), ctx.World.MessageDelay);
}
