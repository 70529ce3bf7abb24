using GovSim.Model.Engine;

namespace GovSim.Model.Messages;

/// <summary>A message about one case; the data collector counts them per case.</summary>
public interface ICaseMessage
{
    CaseId Case { get; }
}
