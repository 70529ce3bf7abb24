using GovSim.Model.Agents;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// 市场式 coordination, as a contract net: the lead announces the step to eligible providers (the department of that
/// function in the step's region and the region's licensed agencies). A provider bids — promised hours from its own
/// queue, and its price — unless its waiting jobs per staff reach capacity_per_staff. When the window closes the lead
/// awards the bid with the least hours + price × price_weight_hours; with no bid it announces again after
/// retry_minutes, and after max_retries calls without a bid the step falls back to the hierarchy. Information is
/// asymmetric: agencies promise fewer hours than their queue implies (understatement) — unless the platform's load
/// board (visibility) lets the lead judge each provider by the hours the board shows instead of the promise. A
/// payment to an agency is a cost to government; a department's price is an internal transfer (its staff time is
/// costed when the work is done). Agencies may shirk: the lead finds their work defective with the shirking rate and
/// tenders it again (rework).
/// </summary>
public sealed class MarketMode : ICoordinationMode
{
    public ModeKind Kind => ModeKind.Market;

    public void RequestStep(StepRequest request, ICoordinatingAgent requester, IAgentContext ctx)
    {
        var world = ctx.World;
        var function = request.Target.Function;
        var call = new CallForProposals(request.Case, request.Service, request.Step, function);
        requester.Book.Tenders[(request.Case, request.Step)] = [];
        ctx.Send(request.Target.Id, call, world.MessageDelay);
        foreach (var agency in world.Agencies)
            if (agency.Region == request.Target.Region && agency.Licensed[function])
                ctx.Send(agency.Id, call, world.MessageDelay);
        // Providers answer on receipt, so every answer is in one tick before this.
        ctx.Schedule(new AwardDue(request.Case, request.Step), 2 * world.MessageDelay + 1);
    }

    public bool TryHandle(Envelope envelope, ICoordinatingAgent self, IAgentContext ctx)
    {
        var world = ctx.World;
        var spec = world.Spec.Market;
        switch (envelope.Body)
        {
            case CallForProposals call:
                var desk = self.Desk!;
                if (desk.WaitingPerStaff >= spec.CapacityPerStaff)
                {
                    ctx.Send(envelope.From, new Decline(call.Case, call.Step), world.MessageDelay);
                    return true;
                }

                var agency = self.Id.Kind == AgentKind.Agency;
                var hours = desk.ExpectedHours * (agency ? 1 - world.Spec.Agencies.Understatement : 1);
                var price = agency ? world.Spec.Agencies.Price : spec.DepartmentPrice;
                ctx.Send(envelope.From, new Bid(call.Case, call.Step, hours, price), world.MessageDelay);
                return true;
            case Bid bid:
                if (self.Book.Tenders.TryGetValue((bid.Case, bid.Step), out var bids)) bids.Add((envelope.From, bid.Hours, bid.Price));
                return true;
            case Decline:
                return true;
            case AwardDue due:
                if (!self.Book.Tenders.Remove((due.Case, due.Step), out var received)) return true;
                var lead = self.Lead!;
                if (!lead.IsOpen(due.Case)) return true;
                var key = (due.Case, due.Step);
                if (received.Count == 0)
                {
                    var unanswered = self.Book.Unanswered.GetValueOrDefault(key) + 1;
                    if (unanswered > spec.MaxRetries)
                    {
                        // Nobody will bid: the hierarchy orders the department to do it.
                        self.Book.Unanswered.Remove(key);
                        var fallback = new StepRequest(due.Case, lead.ServiceOf(due.Case), due.Step, self.Id, lead.TargetOf(due.Case, due.Step, world));
                        CoordinationModes.Of(ModeKind.Administrative).RequestStep(fallback, self, ctx);
                        return true;
                    }

                    self.Book.Unanswered[key] = unanswered;
                    lead.CountTenderRetry();
                    ctx.Schedule(new TenderRetry(due.Case, lead.ServiceOf(due.Case), due.Step), spec.RetryMinutes);
                    return true;
                }

                self.Book.Unanswered.Remove(key);
                var board = self.Book.Board;
                var best = received
                    .OrderBy(b => Judged(b.Provider, b.Hours, board) + b.Price * spec.PriceWeightHours)
                    .ThenBy(b => b.Provider)
                    .First();
                if (best.Provider.Kind == AgentKind.Agency) lead.AddCost(due.Case, best.Price);
                ctx.Send(best.Provider, new Award(due.Case, lead.ServiceOf(due.Case), due.Step), world.MessageDelay);
                return true;
            case TenderRetry retry:
                self.Lead?.Rerequest(retry.Case, retry.Step, this, ctx);
                return true;
            case Award award:
                self.AcceptWork(award.Case, award.Service, award.Step, envelope.From, null, ctx);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The hours the lead believes: the board's where it shows the provider, else the promise.</summary>
    private static double Judged(AgentId provider, double promised, LoadBoard? board) => board is null
        ? promised
        : provider.Kind == AgentKind.Agency ? board.AgencyHours[provider.Index] : board.DepartmentHours[provider.Index];
}
