using GovSim.Grains;
using Microsoft.Extensions.DependencyInjection;
using GovSim.Grains.Placement;
using Orleans.TestingHost;

namespace GovSim.Grains.Tests;

/// <summary>One two-silo test cluster shared by the whole collection (deploying one takes seconds).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.StopAllSilosAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.Services.AddPlacementDirector<RunPlacement, RunPlacementDirector>(); // the grains ask for it
            silo.Services.AddSingleton<WorldCache>();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "two-silo cluster";
}
