using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace GovSim.Model.Scenario;

public sealed class DelaySpec
{
    [Description("Minutes a message between departments, leaders and citizens takes."), Range(1, 10080)]
    public int MessageMinutes { get; set; } = 30;

    [Description("Minutes a citizen's trip to an office takes, one way."), Range(1, 10080)]
    public int TravelMinutes { get; set; } = 45;
}
