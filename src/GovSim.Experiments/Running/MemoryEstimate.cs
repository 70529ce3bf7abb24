using System.Globalization;
using GovSim.Model.Scenario;

namespace GovSim.Experiments.Running;

/// <summary>
/// What a run will need in memory, from its population — the part that grows — so that a population the machine
/// cannot hold is refused with a sentence before minutes of set-up, not after gigabytes of swapping. The figures are
/// peak resident memory measured on the 2-core reference machine (`/usr/bin/time -v govsim run` at 100 000 and
/// 1 000 000 citizens, 2 days: 446 and 433 bytes per citizen — mostly the generated profile, since idle citizens
/// are not kept as agents), with a margin of about a tenth.
/// </summary>
public static class MemoryEstimate
{
    private const double ReferenceBase = 120e6;
    private const double ReferencePerCitizen = 500;
    private const double OrleansBase = 170e6;
    private const double OrleansPerCitizen = 500;

    public static double BytesPerCitizen(EngineKind engine) => engine == EngineKind.Reference ? ReferencePerCitizen : OrleansPerCitizen;

    /// <summary>Peak bytes of <paramref name="runs"/> runs at once of a scenario on an engine.</summary>
    public static double Bytes(ScenarioSpec spec, EngineKind engine, int runs = 1) =>
        (engine == EngineKind.Reference ? ReferenceBase : OrleansBase) + runs * BytesPerCitizen(engine) * spec.Population.Citizens;

    /// <summary>Memory this process may still use: available memory as the kernel reports it, else the GC's limit.</summary>
    public static double AvailableBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal) &&
                    long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kb))
                    return Math.Min(kb * 1024.0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }

    /// <summary>Throws an <see cref="InputException"/> when the runs would not fit in the memory available.</summary>
    public static void Check(ScenarioSpec spec, EngineKind engine, string where, int runs = 1)
    {
        var need = Bytes(spec, engine, runs);
        var available = AvailableBytes();
        if (need <= available) return;
        var fits = (long)Math.Max(0, (available - (engine == EngineKind.Reference ? ReferenceBase : OrleansBase)) / (runs * BytesPerCitizen(engine)));
        var name = engine == EngineKind.Reference ? "reference" : "orleans";
        var alternative = engine == EngineKind.Reference || Bytes(spec, EngineKind.Reference, runs) > available
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $", or --engine reference (about {Gb(Bytes(spec, EngineKind.Reference, runs))})");
        var parallel = runs > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({runs} runs at once: lower --parallel)") : "";
        throw new InputException(string.Create(CultureInfo.InvariantCulture,
            $"{where}: population.citizens: {spec.Population.Citizens:N0} citizens need about {Gb(need)} on the {name} engine{parallel}, more than the {Gb(available)} of memory available; expected at most about {fits:N0} citizens{alternative}."));
    }

    private static string Gb(double bytes) => (bytes / 1e9).ToString("F1", CultureInfo.InvariantCulture) + " GB";
}
