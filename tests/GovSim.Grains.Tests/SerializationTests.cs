using GovSim.Grains.Interfaces;
using GovSim.Model.Engine;
using GovSim.Model.Messages;
using GovSim.Model.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace GovSim.Grains.Tests;

/// <summary>
/// A type without a generated codec fails only at run time, so every message and record type makes a round trip
/// through the cluster's serializer, and a new message type fails here until it is added to the samples.
/// </summary>
[Collection(ClusterCollection.Name)]
public class SerializationTests(ClusterFixture fixture)
{
    private static readonly CaseId Case = new(12, 3);
    private static readonly Job Job = new(JobKind.Step, Case, 1, 2, AgentId.Department(4), 1, 1, 0, 600);

    public static readonly object[] Samples =
    [
        new NeedArises(), new DayEnd(), new Opening(), new ServiceDone(Job, 17), new PatienceExpires(Case),
        new ProofApplication(Case, 2), new ProofIssued(Case, 2, 1.5), new CaseSubmission(Case, 1, 0, Channel.Online, false),
        new SubmissionRejected(Case), new ProofsRequired(Case, 0b101), new ProofsDelivered(Case),
        new CaseCompleted(Case, 1, 1, 0, 12.5, 1, 2, 0, 3, true),
        new Escalation(Case, 1, 1, AgentId.Department(0), AgentId.Department(1), true),
        new Directive(Case, 1, 1, AgentId.Department(0), 1, false), new StepDone(Case, 1, 1, 30), new DispatchDeclined(Case, 1, 2), new LoadReport(1.5, 2.5), new LoadBoard([1.0, 2.0], [0.5, 0.25], [3.0]), new LeaderChanged(), new BoardTick(), new LeaderTurnover(), new Indicator(3, AgentId.Leader(1), "backlog", 4),
        new DataRequest(Case, 3, 0.5), new DataReply(Case, 3, true),
        new CallForProposals(Case, 1, 2, 3), new Bid(Case, 2, 1.5, 100), new Decline(Case, 2), new Award(Case, 1, 2),
        new AwardDue(Case, 2), new TenderRetry(Case, 1, 2),
        new PeerRequest(Case, 1, 2), new PeerAccept(Case, 2), new PeerRefuse(Case, 1, 2), new PeerRetry(Case, 1, 2, AgentId.Department(5)),
        new PlatformDispatch(Case, 1, 2), new SlaCheck(Case, 1, 2), new Outage(true), new ForcedOutage(360), new ForcedRecovery(), new PushChanged(), new DemandChanged(), new MaturitySet(0.7),
        new CaseRecord(Case, 1, 0, 60, 600, 900, CaseOutcome.Completed, Channel.Assisted, 2, 1, 7, 1, 1, 0, 0, 0.5, 1, 0, 2, 0, false),
        new DepartmentDay(3, 4, 5, 1.5, 2.25, 10, 9), new Counter("escalations", 7),
        new SimProgress(1440, 99), new RunSpec("run/1", "{}", Partitioning.Fixed(3)),
    ];

    [Fact]
    public void Every_message_and_record_type_has_a_sample()
    {
        var covered = Samples.Select(s => s.GetType()).ToHashSet();
        var needed = typeof(Message).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Message)) || t.IsSubclassOf(typeof(SimRecord))));
        Assert.All(needed, t => Assert.Contains(t, covered));
    }

    [Fact]
    public void Messages_and_records_survive_a_round_trip()
    {
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        foreach (var sample in Samples)
        {
            var copy = serializer.Deserialize<object>(serializer.SerializeToArray<object>(sample));
            if (sample is LoadBoard board)
            {
                // Records compare arrays by reference: compare the board's contents.
                var b = Assert.IsType<LoadBoard>(copy);
                Assert.Equal(board.DepartmentLoad, b.DepartmentLoad);
                Assert.Equal(board.DepartmentHours, b.DepartmentHours);
                Assert.Equal(board.AgencyHours, b.AgencyHours);
            }
            else
            {
                Assert.Equal(sample, copy);
            }
        }
    }

    [Fact]
    public void Envelopes_step_outputs_and_run_records_survive_a_round_trip()
    {
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        T RoundTrip<T>(T value) => serializer.Deserialize<T>(serializer.SerializeToArray(value))!;

        var envelope = new Envelope(10, AgentId.Citizen(1), 5, AgentId.Department(2), new ProofApplication(Case, 1));
        Assert.Equal(envelope, RoundTrip(envelope));

        var note = new MessageNote(Case, 42);
        var released = new TimedRecord(600, Samples.OfType<CaseRecord>().Single());
        var output = new PartitionStep([envelope], [note], [released], 99, 600, 3);
        var copy = RoundTrip(output);
        Assert.Equal((output.Outgoing.Single(), output.Notes.Single(), output.Released.Single(), output.NextEvent, output.HeldFrom, output.Events),
            (copy.Outgoing.Single(), copy.Notes.Single(), copy.Released.Single(), copy.NextEvent, copy.HeldFrom, copy.Events));

        var totals = new RunTotals([Samples.OfType<Counter>().Single()], 10, 20);
        var end = RoundTrip(new PartitionEnd([released], totals));
        Assert.Equal((released, totals.Counters.Single(), 10L, 20L), (end.Released.Single(), end.Totals.Counters.Single(), end.Totals.MessagesTotal, end.Totals.EventsProcessed));
        var batch = new ResultBatch([Samples.OfType<CaseRecord>().Single()], [Samples.OfType<DepartmentDay>().Single()], [Samples.OfType<Indicator>().Single()]);
        var slice = RoundTrip(new RunSlice(new SimProgress(5, 6), batch));
        Assert.Equal((batch.Cases.Single(), batch.Days.Single(), batch.Indicators.Single(), new SimProgress(5, 6)),
            (slice.Records.Cases.Single(), slice.Records.Days.Single(), slice.Records.Indicators.Single(), slice.Progress));
        foreach (var partitioning in new[] { Partitioning.PerAgent, Partitioning.ByRegion, Partitioning.Fixed(5) })
            Assert.Equal(partitioning, RoundTrip(partitioning));

        var records = new RunRecords([Samples.OfType<CaseRecord>().Single()], [Samples.OfType<DepartmentDay>().Single()], [Samples.OfType<Indicator>().Single()], totals);
        Assert.Equal(Fingerprint.Of(records), Fingerprint.Of(RoundTrip(records)));
    }
}
