using GovSim.Model.Metrics;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Results;

/// <summary>
/// A run's case statistics computed online, as case rows are written: running tallies for all measured cases and for
/// every group of every breakdown dimension, and a 10-byte slot per measured case (<see cref="CaseSlot"/>) from which
/// percentiles and Kaplan–Meier figures are computed at the end — a group at a time, with 4 more bytes per case while
/// one dimension is sorted. Cases submitted in the warm-up are not kept at all.
/// </summary>
public sealed class CaseLedger
{
    private readonly World _world;
    private readonly ObservationWindow _window;
    private readonly CaseTally _all = new();
    private readonly CaseSlots _slots = new();
    private readonly CaseTally?[][] _groups;
    private (CaseStats All, (string Dimension, string Group, CaseStats Stats)[] Groups)? _result;

    public CaseLedger(World world, ObservationWindow window)
    {
        _world = world;
        _window = window;
        _groups = BreakdownDimension.All.Select(d => new CaseTally?[d.Groups(world)]).ToArray();
    }

    public void Add(CaseRecord c)
    {
        if (c.SubmittedAt < _window.Warmup) return;
        if (_result is not null) throw new InvalidOperationException("The ledger was already summarised.");
        var slot = new CaseSlot(CaseObservation.Of(c, _window), c.Service, c.Region, c.Channel, _world.Citizens[c.Case.Citizen].DigitallySkilled);
        _all.Add(c, _window);
        _slots.Add(slot);
        for (var d = 0; d < _groups.Length; d++)
            (_groups[d][BreakdownDimension.All[d].GroupOf(_world, slot)] ??= new CaseTally()).Add(c, _window);
    }

    /// <summary>Statistics over every measured case.</summary>
    public CaseStats All => Result.All;

    /// <summary>Statistics of the cases of one group (an empty group has empty statistics).</summary>
    public CaseStats Group(string dimension, string group) =>
        Result.Groups.FirstOrDefault(g => g.Dimension == dimension && g.Group == group).Stats ?? Empty;

    /// <summary>Every non-empty group, dimension by dimension, groups in ordinal order of their names.</summary>
    public IReadOnlyList<(string Dimension, string Group, CaseStats Stats)> Breakdown => Result.Groups;

    private CaseStats Empty => new CaseTally().ToStats([], _window);

    private (CaseStats All, (string Dimension, string Group, CaseStats Stats)[] Groups) Result => _result ??= Summarise();

    private (CaseStats, (string, string, CaseStats)[]) Summarise()
    {
        var allStats = SummariseAll(); // one dimension's observations at a time
        var groups = new List<(string, string, CaseStats)>();
        for (var d = 0; d < _groups.Length; d++)
        {
            var dimension = BreakdownDimension.All[d];
            var tallies = _groups[d];
            var observations = tallies.Select(t => t is null ? null : new int[t.Submitted]).ToArray();
            var filled = new int[tallies.Length];
            foreach (var slot in _slots.All())
            {
                var g = dimension.GroupOf(_world, slot);
                observations[g]![filled[g]++] = slot.Observation;
            }

            var named = new List<(string, string, CaseStats)>();
            for (var g = 0; g < tallies.Length; g++)
            {
                if (tallies[g] is not { } tally) continue;
                Array.Sort(observations[g]!);
                named.Add((dimension.Name, dimension.GroupName(_world, g), tally.ToStats(observations[g]!, _window)));
                observations[g] = null;
            }

            groups.AddRange(named.OrderBy(n => n.Item2, StringComparer.Ordinal));
        }

        return (allStats, [.. groups]);
    }

    private CaseStats SummariseAll()
    {
        var all = new int[_slots.Count];
        var i = 0;
        foreach (var slot in _slots.All()) all[i++] = slot.Observation;
        Array.Sort(all);
        return _all.ToStats(all, _window);
    }
}
