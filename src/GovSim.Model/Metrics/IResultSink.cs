namespace GovSim.Model.Metrics;

/// <summary>Where a run's records go as the run goes: batches in canonical order (see <see cref="ResultBatch"/>).</summary>
public interface IResultSink
{
    void Write(ResultBatch batch);
}
