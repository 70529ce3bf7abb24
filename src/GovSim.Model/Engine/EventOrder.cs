namespace GovSim.Model.Engine;

/// <summary>The canonical order of events: delivery tick, then sender, then the sender's sequence number.</summary>
public readonly record struct EventOrder(long DeliverAt, AgentId From, long Seq) : IComparable<EventOrder>
{
    public static EventOrder Of(Envelope e) => new(e.DeliverAt, e.From, e.Seq);

    public int CompareTo(EventOrder other)
    {
        var c = DeliverAt.CompareTo(other.DeliverAt);
        if (c != 0) return c;
        c = From.CompareTo(other.From);
        return c != 0 ? c : Seq.CompareTo(other.Seq);
    }
}
