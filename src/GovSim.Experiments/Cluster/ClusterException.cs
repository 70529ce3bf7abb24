namespace GovSim.Experiments.Cluster;

/// <summary>The cluster failed under a running sweep (Redis lost, no silo left): one sentence, and --resume later.</summary>
public sealed class ClusterException(string message) : Exception(message);
