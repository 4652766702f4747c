using System.Text.RegularExpressions;

namespace TalentPortal.Storage.Streams;

/// <summary>Turns failure messages into causes that group well: ids, numbers and dates become placeholders.</summary>
public static partial class FailureText
{
    public static string Generalize(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = message.Split('\n', 2)[0].Trim();
        line = Guids().Replace(line, "{id}");
        line = Numbers().Replace(line, "{n}");
        return line.Length > 200 ? line[..200] : line;
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}", RegexOptions.None, 100)]
    private static partial Regex Guids();

    [GeneratedRegex(@"\d+", RegexOptions.None, 100)]
    private static partial Regex Numbers();
}
