using System.Text;

namespace GovSim.Experiments;

/// <summary>User files and values as text: strict decoding, and quoting them in a one-line message.</summary>
public static class TextInput
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a file's bytes as UTF-8 text; returns what is wrong with them (to follow "the file"), or null.</summary>
    public static string? Decode(byte[] bytes, out string text)
    {
        text = "";
        if (Array.IndexOf(bytes, (byte)0) >= 0) return "holds binary data (a NUL byte)";
        try
        {
            text = Strict.GetString(bytes);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return "is not UTF-8 text";
        }
    }

    /// <summary>Text as it can stand in a one-line message: control characters (line breaks, tabs) escaped.</summary>
    public static string Escaped(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value) text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        return text.ToString();
    }
}
