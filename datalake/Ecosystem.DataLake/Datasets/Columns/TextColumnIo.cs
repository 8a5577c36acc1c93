using System.Buffers;
using System.Runtime.CompilerServices;
using Encoding = System.Text.Encoding;
using Ecosystem.DataLake.Formats.Text;
using ParquetSharp;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// Text in and out of ParquetSharp as UTF-8 byte arrays, a chunk at a time through small reused buffers: nothing is
/// allocated per value on write, and on read each value comes from the string pool (a dictionary-encoded column hands
/// back the same bytes for the same value, which the pool turns into the same string).
/// </summary>
internal static unsafe class TextColumnIo
{
    /// <summary>Most rows handed to the writer in one call.</summary>
    internal const int ChunkRows = 4096;

    private const int ChunkBytes = 64 * 1024;
    private const int RecentSlots = 256;

    /// <summary>Writes one value per row; null only in an optional column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(ColumnWriter<ByteArray> writer, ReadOnlySpan<string?> rows, bool optional)
    {
        var longest = 0;
        foreach (var value in rows)
        {
            longest = Math.Max(longest, value?.Length ?? 0);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(ChunkBytes, Encoding.UTF8.GetMaxByteCount(longest)));
        var arrays = ArrayPool<ByteArray>.Shared.Rent(ChunkRows);
        var levels = ArrayPool<short>.Shared.Rent(ChunkRows);
        try
        {
            fixed (byte* start = buffer)
            {
                var row = 0;
                while (row < rows.Length)
                {
                    int first = row, used = 0, count = 0;
                    for (; row < rows.Length && row - first < ChunkRows; row++)
                    {
                        var value = rows[row];
                        if (value is null)
                        {
                            levels[row - first] = optional ? (short)0 : throw new InvalidOperationException($"Column {writer.ColumnDescriptor.Name} is required.");
                            continue;
                        }

                        if (!Encoding.UTF8.TryGetBytes(value, buffer.AsSpan(used), out var length) || StartsNewBatch(used, length))
                        {
                            break; // the chunk is full: write it, the value starts the next one
                        }

                        arrays[count++] = new ByteArray((IntPtr)(start + used), length);
                        levels[row - first] = 1;
                        used += length;
                    }

                    writer.WriteBatch(row - first, optional ? levels.AsSpan(0, row - first) : default, default, arrays.AsSpan(0, count));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<ByteArray>.Shared.Return(arrays);
            ArrayPool<short>.Shared.Return(levels);
        }
    }

    /// <summary>
    /// Whether a value of <paramref name="length"/> bytes goes to the next write call, after <paramref name="used"/>
    /// bytes of this one: a call carries up to 64 KiB of text, or one value of any size.
    /// </summary>
    private static bool StartsNewBatch(int used, int length) => used > 0 && used + length > ChunkBytes;

    /// <summary>Reads <paramref name="values"/>.Length rows: a string per present value, null where the file has none.</summary>
    public static void Read(ColumnReader<ByteArray> reader, Span<string?> values, StringPool strings)
    {
        var optional = reader.ColumnDescriptor.MaxDefinitionLevel > 0;
        var arrays = ArrayPool<ByteArray>.Shared.Rent(ChunkRows);
        var levels = ArrayPool<short>.Shared.Rent(ChunkRows);
        var recent = new (IntPtr Pointer, int Length, string? Value)[RecentSlots];
        try
        {
            var row = 0;
            while (row < values.Length)
            {
                var batch = Math.Min(ChunkRows, values.Length - row);
                var read = optional
                    ? reader.ReadBatch(batch, levels.AsSpan(0, batch), default, arrays.AsSpan(0, batch), out _)
                    : reader.ReadBatch(batch, arrays.AsSpan(0, batch), out _);
                if (read == 0)
                {
                    throw new InvalidDataException($"Column {reader.ColumnDescriptor.Name} ends after {row} of {values.Length} rows.");
                }

                // The byte arrays point into the reader's page: turned into strings before the next batch. Within
                // one batch, two arrays at the same address and length hold the same bytes (a dictionary-encoded
                // page hands out its dictionary's entries), so a small table by address spares most pool lookups.
                Array.Clear(recent);
                var next = 0;
                for (var i = 0; i < read; i++)
                {
                    values[row + i] = optional && levels[i] == 0 ? null : Decode(arrays[next++], recent, strings);
                }

                row += (int)read;
            }
        }
        finally
        {
            ArrayPool<ByteArray>.Shared.Return(arrays);
            ArrayPool<short>.Shared.Return(levels);
        }
    }

    private static string Decode(ByteArray array, (IntPtr Pointer, int Length, string? Value)[] recent, StringPool strings)
    {
        ref var slot = ref recent[(int)((ulong)array.Pointer >> 2) & (RecentSlots - 1)];
        if (slot.Pointer == array.Pointer && slot.Length == array.Length && slot.Value is not null)
        {
            return slot.Value;
        }

        var value = strings.GetUtf8(Bytes(array));
        slot = (array.Pointer, array.Length, value);
        return value;
    }

    private static ReadOnlySpan<byte> Bytes(ByteArray array) => new((void*)array.Pointer, array.Length);
}
