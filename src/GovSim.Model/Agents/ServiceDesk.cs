using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Model.Agents;

/// <summary>
/// A counter and back office: parallel staff taking jobs from a priority queue while the office is open, each job
/// lasting a draw from the service-time distribution in working minutes. Departments and agencies both have one.
/// </summary>
public sealed class ServiceDesk(int index, int staff, ServiceTimeModel serviceTime, OfficeHours hours)
{
    private readonly WorkQueue _queue = new();
    private readonly DepartmentStats _stats = new(hours);
    private readonly Dictionary<(CaseId, int), (Job Job, long Ticket)> _waitingSteps = []; // looked up only
    private int _busy;
    private bool _openingScheduled;

    public int Staff => staff;
    public int Waiting => _queue.Count;
    public int Busy => _busy;
    public OfficeHours Hours => hours;
    public ServiceTimeModel ServiceTime => serviceTime;

    /// <summary>Waiting jobs per member of staff: the load peers and bidders look at.</summary>
    public double WaitingPerStaff => (double)_queue.Count / staff;

    /// <summary>Working hours a new job would take from now: the queue ahead per clerk, then its own service.</summary>
    public double ExpectedHours => (WaitingPerStaff + 1) * serviceTime.Mean / SimTime.MinutesPerHour;

    public void Enqueue(Job job, IAgentContext ctx)
    {
        _stats.Accrue(ctx.Now, _queue.Count, _busy);
        _stats.Arrival();
        Add(job);
        StartWork(ctx);
    }

    /// <summary>Raises a waiting step to priority 1 (a leader's directive); false if it is not waiting here.</summary>
    public bool Bump(CaseId @case, int step, IAgentContext ctx)
    {
        if (!_waitingSteps.Remove((@case, step), out var waiting)) return false;
        _queue.Withdraw(waiting.Ticket);
        Add(waiting.Job with { Priority = Math.Max(1, waiting.Job.Priority), Interventions = waiting.Job.Interventions + 1 });
        StartWork(ctx);
        return true;
    }

    /// <summary>A clerk finished: returns the job, and takes the next one.</summary>
    public Job Finish(ServiceDone done, IAgentContext ctx)
    {
        _stats.Accrue(ctx.Now, _queue.Count, _busy);
        _busy--;
        _stats.Completion();
        return done.Job;
    }

    public void OnOpening(IAgentContext ctx)
    {
        _openingScheduled = false;
        StartWork(ctx);
    }

    public DepartmentDay CloseDay(long midnight) => _stats.CloseDay(index, midnight, _queue.Count, _busy);

    /// <summary>Free staff take waiting jobs while the office is open; otherwise wait for the next opening.</summary>
    public void StartWork(IAgentContext ctx)
    {
        if (_queue.Count == 0 || _busy >= staff) return;
        if (!hours.IsOpen(ctx.Now))
        {
            if (_openingScheduled) return;
            _openingScheduled = true;
            ctx.Schedule(new Opening(), hours.NextOpen(ctx.Now) - ctx.Now);
            return;
        }

        while (_busy < staff && _queue.Count > 0)
        {
            _stats.Accrue(ctx.Now, _queue.Count, _busy);
            var (job, _) = _queue.Dequeue();
            if (job.Kind == JobKind.Step) _waitingSteps.Remove((job.Case, job.Step));
            _busy++;
            var minutes = serviceTime.Sample(ctx.Random);
            var doneAt = hours.AddWorkingMinutes(ctx.Now, minutes);
            ctx.Schedule(new ServiceDone(job, minutes), doneAt - ctx.Now);
        }
    }

    private void Add(Job job)
    {
        var ticket = _queue.Enqueue(job);
        if (job.Kind == JobKind.Step) _waitingSteps[(job.Case, job.Step)] = (job, ticket);
    }
}
