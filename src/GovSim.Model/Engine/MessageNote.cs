namespace GovSim.Model.Engine;

/// <summary>
/// A message about <paramref name="Case"/> was sent at <paramref name="Tick"/> by an agent of another partition than
/// the one hosting the case's citizen: the note travels to that partition, which keeps the case's message count.
/// </summary>
[GenerateSerializer, Immutable, Alias("govsim.message-note")]
public readonly record struct MessageNote(CaseId Case, long Tick);
