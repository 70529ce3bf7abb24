namespace GovSim.Classroom;

/// <summary>What every viewer's page receives several times a second (serialised once, sent to all).</summary>
public sealed record ClassroomFrame(
    double SimHours, bool Running, double Speed, long Seed, string Scenario, bool Teacher, FrameSettings Settings,
    FramePanel[] Panels, FrameLogEntry[] Log);

public sealed record FrameSettings(double Demand, double Push, double Maturity, double UnskilledShare);

public sealed record FramePanel(
    string Mode, string Label, string Zh, long Completed, long Abandoned, int InGovernment, double? MeanLatencyH,
    double? RecentLatencyH, double? CompletionRate, double? TripsMean, double? CostPerCase, bool UsesPlatform, bool PlatformUp,
    int PlatformHeld, int TopLeaderBacklog, FrameRegion[] Regions);

public sealed record FrameRegion(string Name, int LeaderBacklog, FrameDepartment[] Departments);

public sealed record FrameDepartment(string Name, string Function, int Waiting, int Busy, int Staff);

public sealed record FrameLogEntry(double SimHours, string Text);
