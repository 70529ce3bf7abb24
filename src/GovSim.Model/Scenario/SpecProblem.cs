namespace GovSim.Model.Scenario;

/// <summary>One thing wrong with a scenario: the dotted key (as --set spells it) and what was expected.</summary>
public sealed record SpecProblem(string Path, string Message);
