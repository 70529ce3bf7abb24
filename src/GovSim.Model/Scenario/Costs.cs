namespace GovSim.Model.Scenario;

/// <summary>Turns time spent into money, one rule for every mode (<see cref="CostsSpec"/>).</summary>
public static class Costs
{
    /// <summary>A clerk's working minutes.</summary>
    public static double Staff(World world, long minutes) => minutes / 60.0 * world.Spec.Costs.StaffWagePerHour;

    /// <summary>A leader's time on one escalated item.</summary>
    public static double LeaderItem(World world) =>
        world.Spec.Costs.LeaderMinutesPerItem / 60.0 * world.Spec.Costs.LeaderWagePerHour;
}
