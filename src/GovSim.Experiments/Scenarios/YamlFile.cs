using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Experiments.Scenarios;

/// <summary>Reads a YAML file into a node tree, turning every way it can fail into one sentence naming the file.</summary>
public static class YamlFile
{
    /// <summary>The file's bytes and root node (an empty mapping for an empty file), or a problem sentence.</summary>
    public static (byte[]? Bytes, YamlNode? Root, string? Problem) Read(string path, string kind)
    {
        if (!File.Exists(path)) return (null, null, $"{Capitalised(kind)} file {path} does not exist; expected the path of a YAML {kind} file.");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, $"{Capitalised(kind)} file {path} cannot be read: {e.Message}");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(bytes));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Trim().TrimEnd('.');
            return (null, null, $"{path}, line {e.Start.Line}, column {e.Start.Column}: the file is not valid YAML ({reason}); expected a YAML mapping of {kind} keys.");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the file ends inside an open bracket.
            return (null, null, $"{path}: the file is not valid YAML (it ends inside an unfinished value, such as an unclosed bracket); expected a YAML mapping of {kind} keys.");
        }

        if (stream.Documents.Count > 1) return (null, null, $"{path}: expected one YAML document, found {stream.Documents.Count}.");
        return (bytes, stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode, null);
    }

    /// <summary>Reads and binds a file, or throws an <see cref="InputException"/> with its first problem.</summary>
    public static (T Spec, byte[] Bytes) Bind<T>(string path, string kind) where T : new()
    {
        var (bytes, root, problem) = Read(path, kind);
        if (problem is not null) throw new InputException(problem);
        var binder = new YamlBinder();
        var spec = binder.Bind<T>(root!);
        if (binder.Problems.Count > 0)
        {
            var (key, node, message) = binder.Problems[0];
            throw new InputException($"{path}, line {node.Start.Line}: {key}: {message}.");
        }

        return (spec, bytes!);
    }

    private static string Capitalised(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];
}
