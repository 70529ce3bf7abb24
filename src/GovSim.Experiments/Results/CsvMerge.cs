namespace GovSim.Experiments.Results;

/// <summary>Joins CSV files that share a header into one text: the header once, then every file's rows in the given order.</summary>
public static class CsvMerge
{
    public static string Join(IEnumerable<string> files)
    {
        var text = new System.Text.StringBuilder();
        var first = true;
        foreach (var file in files)
        {
            var content = File.ReadAllText(file);
            var headerEnd = content.IndexOf('\n') + 1;
            if (first) text.Append(content[..headerEnd]);
            text.Append(content[headerEnd..]);
            first = false;
        }

        return text.ToString();
    }
}
