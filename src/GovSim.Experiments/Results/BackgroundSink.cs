using System.Threading.Channels;
using GovSim.Model.Metrics;

namespace GovSim.Experiments.Results;

/// <summary>
/// Hands batches to another sink on a background task, in order, so that formatting and writing rows overlaps the
/// simulation (the second core's work) instead of pausing it. At most a few batches wait; a writer that falls behind
/// holds the run up rather than letting memory grow. A failure in the writer (a full disk) surfaces at the next
/// <see cref="Write"/> or at <see cref="CompleteAsync"/>.
/// </summary>
public sealed class BackgroundSink : IResultSink
{
    private readonly Channel<ResultBatch> _queue = Channel.CreateBounded<ResultBatch>(
        new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _writer;

    public BackgroundSink(IResultSink target)
    {
        _writer = Task.Run(async () =>
        {
            await foreach (var batch in _queue.Reader.ReadAllAsync()) target.Write(batch);
        });
    }

    public void Write(ResultBatch batch)
    {
        if (_writer.IsFaulted) _writer.GetAwaiter().GetResult(); // rethrows the writer's failure
        if (!_queue.Writer.TryWrite(batch)) _queue.Writer.WriteAsync(batch).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Waits until every batch has been written.</summary>
    public async Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }
}
