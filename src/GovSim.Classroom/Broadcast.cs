using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GovSim.Classroom;

/// <summary>
/// One frame made, many viewers served: each viewer has a one-slot mailbox that always holds the latest frame, so a
/// slow laptop skips frames instead of making the server queue them — memory stays flat however many watch.
/// </summary>
public sealed class Broadcast
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _viewers = [];
    private string? _latest;

    public int Viewers
    {
        get
        {
            lock (_lock) return _viewers.Count;
        }
    }

    public void Publish(string frame)
    {
        lock (_lock)
        {
            _latest = frame;
            foreach (var viewer in _viewers) viewer.Writer.TryWrite(frame);
        }
    }

    /// <summary>The frames a viewer receives, starting with the latest one, until it disconnects.</summary>
    public async IAsyncEnumerable<string> Frames([EnumeratorCancellation] CancellationToken cancel)
    {
        var mailbox = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            _viewers.Add(mailbox);
            if (_latest is not null) mailbox.Writer.TryWrite(_latest);
        }

        try
        {
            await foreach (var frame in mailbox.Reader.ReadAllAsync(cancel)) yield return frame;
        }
        finally
        {
            lock (_lock) _viewers.Remove(mailbox);
        }
    }
}
