using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// Returns one shared string instance per distinct value (stores, artists, countries repeat on every line), so a
/// large statement does not allocate a new string per cell. Not thread-safe: one pool per parse.
/// </summary>
/// <remarks>
/// An open-addressing table of the pooled strings and their hashes, kept at most half full: a lookup hashes the
/// characters eight bytes at a time and compares a candidate's characters only when the stored hash matches. A
/// statement line looks up seven cells; through a <c>Dictionary</c>'s span lookup the pool took 16 % of the parse's
/// time, this way 11 %. The hash is seeded at random per pool, so which values share a slot differs from run to run.
/// </remarks>
public sealed class StringPool
{
    private const int MaxPooledLength = 256;
    private const int MaxEntries = 1 << 20;
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    // SearchValues rather than ContainsAnyInRange, which boxed a char per call for short values (24 bytes a cell).
    private static readonly SearchValues<char> AsciiLowerCase = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> AsciiUpperCase = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private readonly ulong _seed = (ulong)Random.Shared.NextInt64();
    private string?[] _slots = new string?[256];
    private uint[] _hashes = new uint[256];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (value.Length > MaxPooledLength)
        {
            return value.ToString();
        }

        var hash = Hash(value);
        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var pooled = _slots[i];
            if (pooled is null)
            {
                return Add(i, hash, value);
            }

            if (_hashes[i] == hash && value.SequenceEqual(pooled))
            {
                return pooled;
            }
        }
    }

    private string Add(int slot, uint hash, ReadOnlySpan<char> value)
    {
        var created = value.ToString();
        if (_count == MaxEntries)
        {
            return created; // a file of a million distinct values: the rest are not pooled
        }

        _slots[slot] = created;
        _hashes[slot] = hash;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return created;
    }

    /// <summary>Doubles the table (kept at most half full, so a probe ends soon at an empty slot).</summary>
    private void Grow()
    {
        var slots = new string?[_slots.Length * 2];
        var hashes = new uint[slots.Length];
        var mask = slots.Length - 1;
        for (var old = 0; old < _slots.Length; old++)
        {
            if (_slots[old] is { } pooled)
            {
                var i = (int)_hashes[old] & mask;
                while (slots[i] is not null)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = pooled;
                hashes[i] = _hashes[old];
            }
        }

        _slots = slots;
        _hashes = hashes;
    }

    /// <summary>The characters' bytes mixed eight at a time; the last eight (or fewer) read once, overlapping.</summary>
    private uint Hash(ReadOnlySpan<char> value)
    {
        ref var bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(value));
        var length = value.Length * sizeof(char);
        var hash = _seed ^ (ulong)length;
        var offset = 0;
        for (; offset + sizeof(ulong) < length; offset += sizeof(ulong))
        {
            hash = BitOperations.RotateLeft((hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, offset))) * Multiplier, 29);
        }

        ulong last = length switch
        {
            >= sizeof(ulong) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, length - sizeof(ulong))),
            6 => Unsafe.ReadUnaligned<uint>(ref bytes) | ((ulong)Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref bytes, 4)) << 32),
            4 => Unsafe.ReadUnaligned<uint>(ref bytes),
            _ => Unsafe.ReadUnaligned<ushort>(ref bytes),
        };
        hash = (hash ^ last) * Multiplier;

        // The high bits are the best mixed: folded down, since the slot is taken from the low ones.
        return (uint)(hash ^ (hash >> 32) ^ (hash >> 47));
    }

    /// <summary>The pooled value of UTF-8 text (as Parquet stores it), decoded without an intermediate string.</summary>
    public string GetUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledLength)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        return Get(chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)]);
    }

    /// <summary>The pooled value, or null for an empty span.</summary>
    public string? GetOptional(ReadOnlySpan<char> value) => value.IsEmpty ? null : Get(value);

    /// <summary>The pooled upper-case value (ISRCs, country codes), or null for an empty span.</summary>
    public string? GetUpperInvariant(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        if (Ascii.IsValid(value) && !value.ContainsAny(AsciiLowerCase))
        {
            return Get(value); // already upper case, as ISRCs and country codes nearly always are
        }

        Span<char> upper = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        value.ToUpperInvariant(upper);
        return Get(upper);
    }

    /// <summary>The pooled lower-case value (kinds, types).</summary>
    public string GetLowerInvariant(ReadOnlySpan<char> value)
    {
        if (Ascii.IsValid(value) && !value.ContainsAny(AsciiUpperCase))
        {
            return Get(value);
        }

        Span<char> lower = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        value.ToLowerInvariant(lower);
        return Get(lower);
    }
}
