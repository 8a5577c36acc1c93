using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// The records of a tab-separated text that is never quoted (DistroKid's TSV: a title like <c>"Heroes"</c> keeps its
/// quotes): every line is one record, every tab ends a field. Lines end as a <see cref="TextReader"/> and Sylvan end
/// them (<c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>), so line numbers count the same; a blank line is a record of one
/// empty field, and a last line without an end is a record. Fields are found with vectorised searches over one
/// reused buffer, without the per-character state machine a quoting reader needs.
/// </summary>
public sealed class TsvRecords(TextReader reader) : ITextRecords
{
    private const int InitialBufferChars = 1 << 15;

    private char[] _buffer = new char[InitialBufferChars];
    private int _start;
    private int _end;
    private bool _eof;
    private int[] _fieldStarts = new int[32];
    private int _lineStart;
    private int _lineEnd;

    public int RowFieldCount { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        int terminator;
        while ((terminator = _buffer.AsSpan(_start, _end - _start).IndexOfAny('\r', '\n')) < 0
            || (_buffer[_start + terminator] == '\r' && _start + terminator + 1 == _end && !_eof))
        {
            // No whole line in the buffer (or a \r that may be the start of \r\n): read more.
            if (_eof)
            {
                if (_start == _end)
                {
                    return false;
                }

                terminator = _end - _start; // a last line without an end
                break;
            }

            Fill();
        }

        _lineStart = _start;
        _lineEnd = _start + terminator;
        SplitFields();
        var next = _lineEnd < _end && _buffer[_lineEnd] == '\r' && _lineEnd + 1 < _end && _buffer[_lineEnd + 1] == '\n' ? 2 : 1;
        _start = Math.Min(_end, _lineEnd + next);
        return true;
    }

    public ReadOnlySpan<char> GetFieldSpan(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)RowFieldCount, nameof(index));
        var start = _fieldStarts[index];
        var end = index + 1 < RowFieldCount ? _fieldStarts[index + 1] - 1 : _fieldStarts[RowFieldCount];
        return _buffer.AsSpan(start, end - start);
    }

    public bool IsBlank()
    {
        for (var i = 0; i < RowFieldCount; i++)
        {
            if (!GetFieldSpan(i).Trim().IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    public RejectedRow Reject(long lineNo, string reason) =>
        RejectedRow.Of(lineNo, reason, _buffer.AsSpan(_lineStart, _fieldStarts[RowFieldCount] - _lineStart));

    /// <summary>
    /// Field i runs from <c>_fieldStarts[i]</c> to the tab before <c>_fieldStarts[i + 1]</c>; the last entry is the
    /// line's end. The tabs are found 16 characters at a time as a bit mask, one vector compare per 16 characters
    /// rather than one search call per field (a statement line has 15 short fields).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SplitFields()
    {
        var count = 0;
        Add(ref count, _lineStart);
        var position = _lineStart;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(_buffer));
            var tabs = Vector256.Create((ushort)'\t');
            for (; position + Vector256<ushort>.Count <= _lineEnd; position += Vector256<ushort>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref chars, (nuint)position), tabs).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    Add(ref count, position + BitOperations.TrailingZeroCount(mask) + 1);
                    mask &= mask - 1;
                }
            }
        }

        for (; position < _lineEnd; position++)
        {
            if (_buffer[position] == '\t')
            {
                Add(ref count, position + 1);
            }
        }

        RowFieldCount = count;
        Add(ref count, _lineEnd);
    }

    private void Add(ref int count, int position)
    {
        if (count == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, count * 2);
        }

        _fieldStarts[count++] = position;
    }

    /// <summary>Moves the unread part to the front (growing the buffer for a line longer than it) and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        _start = 0;
        _end = pending;
        var read = reader.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
    }
}
