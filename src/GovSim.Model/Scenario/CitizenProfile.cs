namespace GovSim.Model.Scenario;

/// <summary>Who a citizen is; generated once per run from the seed.</summary>
public sealed record CitizenProfile(int Index, string Name, int Age, int Region, double DigitalLiteracy, bool DigitallySkilled);
