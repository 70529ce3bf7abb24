using GovSim.Model.Messages;

namespace GovSim.Model.Agents;

/// <summary>
/// A desk's waiting work: higher priority first, then first come first served; the desk's own arrival counter breaks
/// ties, so the order never depends on anything but the event sequence. A waiting job can be withdrawn (lazily) so a
/// directive can re-queue it with a higher priority.
/// </summary>
internal sealed class WorkQueue
{
    private readonly PriorityQueue<(Job Job, long Ticket), (int NegPriority, long EnqueuedAt, long Ticket)> _jobs = new();
    private readonly HashSet<long> _withdrawn = [];
    private long _tickets;

    public int Count { get; private set; }

    public long Enqueue(Job job)
    {
        var ticket = _tickets++;
        _jobs.Enqueue((job, ticket), (-job.Priority, job.EnqueuedAt, ticket));
        Count++;
        return ticket;
    }

    public void Withdraw(long ticket)
    {
        if (_withdrawn.Add(ticket)) Count--;
    }

    public (Job Job, long Ticket) Dequeue()
    {
        while (true)
        {
            var next = _jobs.Dequeue();
            if (_withdrawn.Remove(next.Ticket)) continue;
            Count--;
            return next;
        }
    }
}
