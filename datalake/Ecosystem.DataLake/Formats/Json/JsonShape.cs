using System.Text;
using System.Text.Json;

namespace Ecosystem.DataLake.Formats.Json;

/// <summary>
/// The shape of a JSON document, read from the first bytes only: the property paths it has, down to a few levels
/// (<c>data</c>, <c>data[].date_start</c>, <c>paging.cursors.after</c>), so API responses are detected by content like
/// CSV headers are. A document larger than the sample is read as far as the sample goes.
/// </summary>
public sealed class JsonShape
{
    private const int MaxDepth = 8;
    private readonly HashSet<string> _paths;

    private JsonShape(HashSet<string> paths)
    {
        _paths = paths;
    }

    /// <summary>Every path seen, sorted (what a quarantine reason shows of an unknown JSON document).</summary>
    public IReadOnlyList<string> Paths => _paths.Order(StringComparer.Ordinal).ToList();

    public bool Has(string path) => _paths.Contains(path);

    public bool HasAll(params string[] paths) => paths.All(_paths.Contains);

    /// <summary>Reads the shape of a sample that starts (after a byte-order mark and white space) with <c>{</c> or <c>[</c>.</summary>
    public static bool TryRead(HeaderSample sample, out JsonShape shape)
    {
        shape = new JsonShape([]);
        if (sample.Encoding is null || sample.Text.TrimStart().Length == 0 || sample.Text.TrimStart()[0] is not ('{' or '['))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(sample.Text);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: sample.IsWholeFile, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));
        var stack = new List<string>();
        string? property = null;
        var paths = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (stack.Count < MaxDepth)
                        {
                            paths.Add(Join(stack, property!));
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        // An array's items share the array's path: data[] holds the objects of "data".
                        var segment = property is null ? (stack.Count == 0 ? string.Empty : stack[^1]) : Join(stack, property);
                        stack.Add(reader.TokenType == JsonTokenType.StartArray ? segment + "[]" : segment);
                        property = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        property = null;
                        break;
                    default:
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException) when (paths.Count > 0 && !sample.IsWholeFile)
        {
            // The sample ended mid-document: what was read is the shape.
        }
        catch (JsonException)
        {
            return false;
        }

        shape = new JsonShape(paths);
        return true;
    }

    private static string Join(List<string> stack, string name)
    {
        var parent = stack.Count == 0 ? string.Empty : stack[^1];
        return parent.Length == 0 ? name : $"{parent}.{name}";
    }
}
