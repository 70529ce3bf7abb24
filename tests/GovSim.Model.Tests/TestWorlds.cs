using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

/// <summary>Small scenarios built in code, so tests do not depend on the shipped YAML files.</summary>
public static class TestWorlds
{
    public static ScenarioSpec SmallSpec(long seed = 1, int citizens = 200, double ratePerHour = 2, int days = 10) => new()
    {
        Name = "small",
        Seed = seed,
        DurationDays = days,
        Regions = [new() { Name = "east", PopulationShare = 1 }, new() { Name = "west", PopulationShare = 1 }],
        Functions =
        [
            new() { Name = "a", Staff = 3 },
            new() { Name = "b", Staff = 3, ServiceTime = new() { Distribution = Distribution.Lognormal, MeanMinutes = 25, SdMinutes = 10 } },
            new() { Name = "c", Staff = 1, ServiceTime = new() { Distribution = Distribution.Uniform, MinMinutes = 5, MaxMinutes = 25 } },
        ],
        Population = new() { Citizens = citizens },
        Arrivals = new() { RatePerHour = ratePerHour },
        Services =
        [
            new() { Name = "two_steps", Steps = [new() { Function = "a" }, new() { Function = "b" }], Proofs = [new() { Name = "p", Issuer = "c" }] },
            new() { Name = "one_step", Steps = [new() { Function = "b" }], Proofs = [new() { Name = "q", Issuer = "a" }, new() { Name = "r", Issuer = "a" }] },
        ],
    };

    /// <summary>Every mode, for tests that must hold under each one.</summary>
    public static TheoryData<ModeKind> AllModes => new(Enum.GetValues<ModeKind>());

    public static World Small(long seed = 1, int citizens = 200, double ratePerHour = 2, int days = 10) =>
        World.Compile(SmallSpec(seed, citizens, ratePerHour, days));
}
