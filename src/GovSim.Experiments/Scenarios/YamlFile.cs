using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovSim.Experiments.Scenarios;

/// <summary>Reads a YAML file into a node tree, turning every way it can fail into one sentence naming the file.</summary>
public static class YamlFile
{
    /// <summary>The file's bytes and root node (an empty mapping for an empty file), or a problem sentence.</summary>
    /// <summary>Largest file read: scenario and sweep files are hand-written, a few kilobytes.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of sections and lists accepted; the scenario format needs fewer than ten.</summary>
    public const int MaxDepth = 64;

    public static (byte[]? Bytes, YamlNode? Root, string? Problem) Read(string path, string kind)
    {
        if (Directory.Exists(path)) return (null, null, $"{path} is a folder; expected the path of a YAML {kind} file.");
        if (!File.Exists(path)) return (null, null, $"{Capitalised(kind)} file {path} does not exist; expected the path of a YAML {kind} file.");
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
                return (null, null, $"{path}: the file has {length:N0} bytes; expected a {kind} file of at most {MaxBytes:N0} bytes.");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, $"{Capitalised(kind)} file {path} cannot be read ({e.Message.TrimEnd('.')}); expected a readable YAML {kind} file.");
        }

        if (TextInput.Decode(bytes, out var text) is { } notText)
            return (null, null, $"{path}: the file {notText}; expected a YAML {kind} file as text.");
        if (DepthProblem(text) is { } deep) return (null, null, $"{path}, {deep}; expected a YAML mapping of {kind} keys.");

        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Trim().TrimEnd('.');
            var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
            if (reason.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabAtOrAfter(text, line) is { } tab)
            {
                // The scanner reports the value it was reading; the tab that broke it may be on a later line.
                (line, column) = tab;
                reason = "a tab character; YAML indents with spaces only";
            }

            return (null, null, $"{path}, line {line}, column {column}: the file is not valid YAML ({reason}); expected a YAML mapping of {kind} keys.");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the file ends inside an open bracket.
            return (null, null, $"{path}: the file is not valid YAML (it ends inside an unfinished value, such as an unclosed bracket); expected a YAML mapping of {kind} keys.");
        }

        if (stream.Documents.Count > 1) return (null, null, $"{path}: expected one YAML document, found {stream.Documents.Count}.");
        // An empty file is more likely a mistake than a wish for every default, which `{}` states plainly.
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" or "null" })
            return (null, null, $"{path}: the file is empty; expected a YAML mapping of {kind} keys (write {{}} to take every default).");
        return (bytes, stream.Documents[0].RootNode, null);
    }

    /// <summary>
    /// "line N: ..." when sections or lists nest deeper than <see cref="MaxDepth"/>, else null. Checked on the parser's
    /// event stream, which needs no recursion, before the node tree is built (which does, and would overflow the stack).
    /// </summary>
    public static string? DepthProblem(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                        if (++depth > MaxDepth)
                            return $"line {parser.Current.Start.Line}: sections and lists nest more than {MaxDepth} levels deep";
                        break;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Malformed: reading the tree reports it with its position.
        }
        catch (InvalidOperationException)
        {
        }

        return null;
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

    private static (int Line, int Column)? TabAtOrAfter(string text, int line)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, line - 1); i < lines.Length; i++)
            if (lines[i].IndexOf('\t') is var at and >= 0) return (i + 1, at + 1);
        return null;
    }

    private static string Capitalised(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];
}
