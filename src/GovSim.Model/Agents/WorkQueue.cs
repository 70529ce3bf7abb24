using GovSim.Model.Messages;

namespace GovSim.Model.Agents;

/// <summary>
/// A department's waiting work: higher priority first, then first come first served; the department's own arrival
/// counter breaks ties, so the order never depends on anything but the event sequence.
/// </summary>
internal sealed class WorkQueue
{
    private readonly PriorityQueue<Job, (int NegPriority, long EnqueuedAt, long Seq)> _jobs = new();
    private long _seq;

    public int Count => _jobs.Count;

    public void Enqueue(Job job) => _jobs.Enqueue(job, (-job.Priority, job.EnqueuedAt, _seq++));

    public Job Dequeue() => _jobs.Dequeue();
}
