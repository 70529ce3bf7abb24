using Bogus;

namespace GovSim.Model.Scenario;

/// <summary>
/// Generates citizen profiles with Bogus from the run's seed: a name in the scenario's locale, an age, a home region
/// drawn by population share, and digital literacy falling with age along a logistic curve (the digital divide).
/// Bogus is given its own seeded Randomizer (never the static one), so profiles depend only on the seed.
/// </summary>
public static class PopulationGenerator
{
    public static CitizenProfile[] Generate(ScenarioSpec spec, long seed)
    {
        var faker = new Faker(spec.Population.Locale) { Random = new Randomizer(unchecked((int)(seed ^ (seed >> 32)) ^ 0x5eed)) };
        var totalShare = spec.Regions.Sum(r => r.PopulationShare);
        var shares = spec.Regions.Select(r => (float)(r.PopulationShare / totalShare)).ToArray(); // Bogus wants weights summing to 1
        var regions = Enumerable.Range(0, spec.Regions.Count).ToArray();
        var p = spec.Population;
        var literacy = p.DigitalLiteracy;
        var citizens = new CitizenProfile[p.Citizens];
        for (var i = 0; i < citizens.Length; i++)
        {
            var name = faker.Name.FullName();
            var age = faker.Random.Int(p.MinAge, p.MaxAge);
            var region = regions.Length == 1 ? 0 : faker.Random.WeightedRandom(regions, shares);
            var expected = 1.0 / (1.0 + Math.Exp(literacy.Steepness * (age - literacy.MidpointAge)));
            var level = Math.Clamp(expected + literacy.Noise * Gaussian(faker.Random), 0.0, 1.0);
            citizens[i] = new CitizenProfile(i, name, age, region, level, level >= literacy.SkilledThreshold);
        }

        return citizens;
    }

    // Box–Muller on Bogus's stream, so every profile field comes from one seeded source.
    private static double Gaussian(Randomizer random)
    {
        var u1 = 1.0 - random.Double();
        var u2 = random.Double();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
