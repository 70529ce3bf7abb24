using System.Runtime.InteropServices;
using GovSim.Model.Messages;

namespace GovSim.Experiments.Results;

/// <summary>
/// What a run keeps of a measured case once its row is written: 10 bytes — the packed survival observation
/// (<see cref="CaseObservation"/>) and the groups it belongs to, from which every percentile and Kaplan–Meier figure
/// of every group is computed at the end.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
public readonly struct CaseSlot(int observation, int service, int region, Channel channel, bool skilled)
{
    public int Observation { get; } = observation;
    private readonly ushort _service = checked((ushort)service);
    private readonly ushort _region = checked((ushort)region);
    private readonly byte _channel = (byte)channel;
    private readonly byte _skilled = skilled ? (byte)1 : (byte)0;

    public int Service => _service;
    public int Region => _region;
    public Channel Channel => (Channel)_channel;
    public bool Skilled => _skilled != 0;
}
