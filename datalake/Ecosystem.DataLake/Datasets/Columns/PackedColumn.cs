namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>How an optional column goes to Parquet: the present values packed together, and a level per row.</summary>
internal static class PackedColumn
{
    /// <summary>
    /// Copies the present values of <paramref name="rows"/> to the front of <paramref name="values"/> and sets a
    /// definition level per row (1 present, 0 null); returns how many values are present.
    /// </summary>
    public static int Pack<TRow, T>(ReadOnlySpan<TRow> rows, Func<TRow, T?> get, Span<T> values, Span<int> definitions)
        where T : struct
    {
        var present = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (get(rows[i]) is { } value)
            {
                values[present++] = value;
                definitions[i] = 1;
            }
            else
            {
                definitions[i] = 0;
            }
        }

        return present;
    }
}
