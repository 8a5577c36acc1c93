using ParquetSharp;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// Batches of physical values in and out of ParquetSharp column writers and readers. Values are packed (present
/// values only); <c>definitions</c> holds one level per row for an optional column and is empty for a required one.
/// </summary>
internal static class PhysicalColumnIo
{
    public static void Write<TPhysical>(ColumnWriter<TPhysical> writer, ReadOnlySpan<TPhysical> values, ReadOnlySpan<short> definitions)
        where TPhysical : unmanaged
    {
        if (definitions.IsEmpty)
        {
            writer.WriteBatch(values);
            return;
        }

        writer.WriteBatch(definitions.Length, definitions, default, values);
    }

    /// <summary>
    /// Reads <paramref name="rows"/> rows; levels go to <paramref name="definitions"/> when the file's column is
    /// optional (the span must then hold a level per row). Returns the number of present values.
    /// </summary>
    public static int Read<TPhysical>(ColumnReader<TPhysical> reader, int rows, Span<TPhysical> values, Span<short> definitions)
        where TPhysical : unmanaged
    {
        var optional = reader.ColumnDescriptor.MaxDefinitionLevel > 0;
        if (optional && definitions.Length < rows)
        {
            throw new ArgumentException($"Column {reader.ColumnDescriptor.Name} is optional: a level per row is needed.", nameof(definitions));
        }

        long levels = 0, present = 0;
        while (levels < rows)
        {
            var batch = rows - levels;
            long read, valuesRead;
            if (optional)
            {
                read = reader.ReadBatch(batch, definitions[(int)levels..rows], default, values[(int)present..], out valuesRead);
            }
            else
            {
                read = reader.ReadBatch(batch, values[(int)present..rows], out valuesRead);
            }

            if (read == 0)
            {
                throw new InvalidDataException($"Column {reader.ColumnDescriptor.Name} ends after {levels} of {rows} rows.");
            }

            levels += read;
            present += valuesRead;
        }

        return (int)present;
    }
}
