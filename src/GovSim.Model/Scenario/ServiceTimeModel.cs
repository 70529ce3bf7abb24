using GovSim.Model.Engine;
using MathNet.Numerics.Distributions;

namespace GovSim.Model.Scenario;

/// <summary>Draws working minutes for one job from the configured distribution (at least one tick).</summary>
public sealed class ServiceTimeModel(ServiceTimeSpec spec)
{
    private readonly double _sigma = Math.Sqrt(Math.Log(1 + spec.SdMinutes * spec.SdMinutes / (spec.MeanMinutes * spec.MeanMinutes)));

    public double Mean => spec.Distribution == Distribution.Uniform ? (spec.MinMinutes + spec.MaxMinutes) / 2 : spec.MeanMinutes;

    public long Sample(AgentRandom random)
    {
        var minutes = spec.Distribution switch
        {
            Distribution.Exponential => Exponential.Sample(random, 1.0 / spec.MeanMinutes),
            // Parametrised by mean and sd, which is what offices report.
            Distribution.Lognormal => LogNormal.Sample(random, Math.Log(spec.MeanMinutes) - _sigma * _sigma / 2, _sigma),
            Distribution.Uniform => ContinuousUniform.Sample(random, spec.MinMinutes, spec.MaxMinutes),
            _ => spec.MeanMinutes,
        };
        return Math.Max(1, (long)Math.Round(minutes, MidpointRounding.AwayFromZero));
    }
}
