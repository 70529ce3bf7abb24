using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Scenario;

namespace GovSim.Model.Modes;

/// <summary>
/// 行政式 coordination: "horizontal problems are solved vertically". The lead department escalates to the leader
/// common to both departments (the regional leader, or the leader above the regions when they sit in different
/// regions); the leader, with limited attention, issues a directive to the working department.
/// </summary>
public sealed class AdministrativeMode : ICoordinationMode
{
    public ModeKind Kind => ModeKind.Administrative;

    public void RequestStep(StepRequest request, IAgentContext ctx)
    {
        var world = ctx.World;
        var requesterRegion = world.Department(request.Requester).Region;
        var leader = requesterRegion == request.Target.Region ? world.RegionalLeader(requesterRegion) : world.TopLeader;
        ctx.Send(leader, new Escalation(request.Case, request.Service, request.Step, request.Requester, request.Target.Id), world.MessageDelay);
    }
}
