using GovSim.Model.Scenario;

namespace GovSim.Model.Tests;

public class PopulationTests
{
    [Fact]
    public void Profiles_depend_only_on_the_seed()
    {
        var spec = TestWorlds.SmallSpec(citizens: 300);
        Assert.Equal(PopulationGenerator.Generate(spec, 9), PopulationGenerator.Generate(spec, 9));
        Assert.NotEqual(PopulationGenerator.Generate(spec, 9).Select(c => c.Name), PopulationGenerator.Generate(spec, 10).Select(c => c.Name));
    }

    [Fact]
    public void Digital_literacy_falls_with_age()
    {
        var spec = TestWorlds.SmallSpec(citizens: 2000);
        var citizens = PopulationGenerator.Generate(spec, 1);
        var young = citizens.Where(c => c.Age < 40).Average(c => c.DigitalLiteracy);
        var old = citizens.Where(c => c.Age > 70).Average(c => c.DigitalLiteracy);
        Assert.True(young > old + 0.4, $"young {young:F2} vs old {old:F2}");
        Assert.All(citizens, c => Assert.InRange(c.Age, spec.Population.MinAge, spec.Population.MaxAge));
        Assert.All(citizens, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
    }

    [Fact]
    public void Regions_are_drawn_by_population_share()
    {
        var spec = TestWorlds.SmallSpec(citizens: 4000);
        spec.Regions[0].PopulationShare = 3;
        spec.Regions[1].PopulationShare = 1;
        var east = PopulationGenerator.Generate(spec, 1).Count(c => c.Region == 0) / 4000.0;
        Assert.InRange(east, 0.72, 0.78);
    }
}
