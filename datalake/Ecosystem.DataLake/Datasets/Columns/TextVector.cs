using System.Runtime.CompilerServices;
using Apache.Arrow;
using Apache.Arrow.Types;
using ParquetSharp;
using Encoding = System.Text.Encoding;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// A text column of a whole partition as UTF-8: each distinct value's bytes stored once, and per row the id of its
/// value (0 for null). Text is copied from the file's pages and written back from the same bytes: never decoded to
/// strings and encoded again, except each distinct value once when the column is a sort key.
/// </summary>
internal sealed unsafe class TextVector(string name, bool optional, int length) : ColumnVector
{
    private const int ReadChunkRows = 4096;
    private const int RecentSlots = 256;

    /// <summary>Text goes to the Arrow writer as int32 indices into a dictionary of UTF-8 strings.</summary>
    private static readonly DictionaryType TextType = new(Int32Type.Default, StringType.Default, ordered: false);

    private readonly PooledArray<int> _ids = PooledArray<int>.RentForPartition(length);
    private readonly List<int> _offsets = [];
    private readonly List<int> _lengths = [];
    private byte[] _bytes = new byte[16 * 1024];
    private int _used;
    private int[] _slots = new int[1024];
    private bool _sawNull;

    public override string Name => name;

    public override int Length => length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Read(ColumnReader reader, int offset, int rows)
    {
        var typed = (ColumnReader<ByteArray>)reader;
        var fileOptional = typed.ColumnDescriptor.MaxDefinitionLevel > 0;
        using var arrays = PooledArray<ByteArray>.Rent(ReadChunkRows);
        using var levels = PooledArray<short>.Rent(ReadChunkRows);
        var recent = new (IntPtr Pointer, int Length, int Id)[RecentSlots];
        var ids = _ids.Span.Slice(offset, rows);
        var row = 0;
        while (row < rows)
        {
            var batch = Math.Min(ReadChunkRows, rows - row);
            var read = fileOptional
                ? typed.ReadBatch(batch, levels.Span[..batch], default, arrays.Span[..batch], out _)
                : typed.ReadBatch(batch, arrays.Span[..batch], out _);
            if (read == 0)
            {
                throw new InvalidDataException($"Column {name} ends after {row} of {rows} rows.");
            }

            // The byte arrays point into the reader's page, valid until the next batch. A dictionary-encoded page
            // hands out its dictionary's entries: the same address and length is the same value, found by address.
            System.Array.Clear(recent);
            var next = 0;
            for (var i = 0; i < read; i++)
            {
                if (fileOptional && levels.Span[i] == 0)
                {
                    ids[row + i] = optional ? 0 : throw new InvalidDataException($"Column {name} is required but row {row + i} has no value.");
                    _sawNull = true;
                    continue;
                }

                var array = arrays.Span[next++];
                ref var slot = ref recent[(int)((ulong)array.Pointer >> 2) & (RecentSlots - 1)];
                if (slot.Id == 0 || slot.Pointer != array.Pointer || slot.Length != array.Length)
                {
                    slot = (array.Pointer, array.Length, IdOf(new ReadOnlySpan<byte>((void*)array.Pointer, array.Length)));
                }

                ids[row + i] = slot.Id;
            }

            row += (int)read;
        }
    }

    /// <summary>Sets rows <paramref name="offset"/> … to one value (a per-file column, which staging keeps in its footer).</summary>
    public void Fill(int offset, int rows, string value) =>
        _ids.Span.Slice(offset, rows).Fill(IdOf(Encoding.UTF8.GetBytes(value)));

    public override bool IsText => true;

    public override Field ArrowField => new(name, TextType, optional);

    /// <summary>
    /// The rows as a dictionary array: per row the index of its value, and each value the rows use once, numbered
    /// in the order the rows first use them (the order a Parquet writer hashing the values one by one would give).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override IArrowArray ToArrow(ReadOnlySpan<int> order, ArrowBuffers buffers)
    {
        var ids = _ids.Span;
        using var renumbered = PooledArray<int>.Rent(_offsets.Count + 1);
        using var usedIds = PooledArray<int>.Rent(Math.Min(_offsets.Count, order.Length));
        var indexOf = renumbered.Span; // 1 + the value's index in this array's dictionary; 0 while unused
        indexOf.Clear();
        var used = usedIds.Span;
        var distinct = 0;
        var bytes = 0;
        var validity = ArrowBuffer.Empty;
        var bits = Span<byte>.Empty;
        if (optional)
        {
            validity = buffers.Bitmap(order.Length, out bits);
        }

        var nulls = 0;
        var indexBuffer = buffers.Allocate<int>(order.Length, out var indexes);
        for (var i = 0; i < order.Length; i++)
        {
            var id = ids[order[i]];
            if (id == 0)
            {
                indexes[i] = optional ? 0 : throw new InvalidOperationException($"Column {name} is required.");
                nulls++;
                continue;
            }

            if (indexOf[id] == 0)
            {
                used[distinct++] = id;
                indexOf[id] = distinct;
                bytes += _lengths[id - 1];
            }

            indexes[i] = indexOf[id] - 1;
            if (optional)
            {
                ArrowBuffers.Set(bits, i);
            }
        }

        var offsetBuffer = buffers.Allocate<int>(distinct + 1, out var offsets);
        var dataBuffer = buffers.Allocate<byte>(bytes, out var data);
        var end = 0;
        offsets[0] = 0;
        for (var d = 0; d < distinct; d++)
        {
            var id = used[d];
            _bytes.AsSpan(_offsets[id - 1], _lengths[id - 1]).CopyTo(data[end..]);
            end += _lengths[id - 1];
            offsets[d + 1] = end;
        }

        var dictionary = new StringArray(distinct, offsetBuffer, dataBuffer, ArrowBuffer.Empty, 0);
        var indices = new Int32Array(indexBuffer, validity, order.Length, nulls, 0);
        return new DictionaryArray(TextType, indices, dictionary);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override RankedIds Rank()
    {
        var distinct = new string[_offsets.Count];
        for (var i = 0; i < distinct.Length; i++)
        {
            distinct[i] = Encoding.UTF8.GetString(_bytes, _offsets[i], _lengths[i]);
        }

        return DistinctRanks.Of(_ids.Array, distinct, _sawNull, string.CompareOrdinal);
    }

    public override void Dispose() => _ids.Dispose();

    /// <summary>The id of a value's bytes, added if new: an open-addressed table of ids, probed linearly.</summary>
    private int IdOf(ReadOnlySpan<byte> value)
    {
        var hash = Hash(value);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var id = _slots[slot];
            if (id == 0)
            {
                id = Add(value);
                _slots[slot] = id;
                if (_offsets.Count * 2 > _slots.Length)
                {
                    Grow();
                }

                return id;
            }

            if (_bytes.AsSpan(_offsets[id - 1], _lengths[id - 1]).SequenceEqual(value))
            {
                return id;
            }
        }
    }

    private int Add(ReadOnlySpan<byte> value)
    {
        if (_used + value.Length > _bytes.Length)
        {
            System.Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + value.Length));
        }

        value.CopyTo(_bytes.AsSpan(_used));
        _offsets.Add(_used);
        _lengths.Add(value.Length);
        _used += value.Length;
        return _offsets.Count;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 1; id <= _offsets.Count; id++)
        {
            var slot = Hash(_bytes.AsSpan(_offsets[id - 1], _lengths[id - 1])) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id;
        }
    }

    private static int Hash(ReadOnlySpan<byte> value)
    {
        var hash = default(HashCode);
        hash.AddBytes(value);
        return hash.ToHashCode() & int.MaxValue;
    }
}
