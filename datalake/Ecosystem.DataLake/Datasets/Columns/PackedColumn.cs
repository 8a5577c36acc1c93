namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>How an optional column goes to Parquet: the present values packed together, and a level per row.</summary>
internal static class PackedColumn
{
    /// <summary>
    /// Copies the present values of <paramref name="rows"/> to the front of <paramref name="values"/> and sets a
    /// definition level per row (1 present, 0 null); returns how many values are present.
    /// </summary>
    public static int Pack<TRow, T>(ReadOnlySpan<TRow> rows, Func<TRow, T?> get, Span<T> values, Span<short> definitions)
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

    /// <summary>Refuses a read of a required column in which some rows had no value (a file that breaks the contract).</summary>
    public static void RequireAll(string column, int present, int rows)
    {
        if (present != rows)
        {
            throw new InvalidDataException($"Column {column} is required but {rows - present} rows have no value.");
        }
    }

    /// <summary>
    /// The reverse of <see cref="Pack{TRow, T}"/> when reading: sets each row's value from the packed
    /// <paramref name="values"/>, of which <paramref name="present"/> were read (all rows when it equals their count).
    /// </summary>
    public static void Unpack<TRow, T>(Span<TRow> rows, ReadOnlySpan<T> values, ReadOnlySpan<short> definitions, int present, Action<TRow, T?> set)
        where T : struct
    {
        if (present == rows.Length)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                set(rows[i], values[i]);
            }

            return;
        }

        var next = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], definitions[i] > 0 ? values[next++] : null);
        }
    }
}
