using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Core.Geocoding;

/// <summary>A read-only array of the gazetteer index: a managed array, or a run of the mapped assembly image read in place.</summary>
/// <remarks>
/// The bundled index is embedded uncompressed, so its arrays need not be copied onto the heap: a one-report run touches
/// a few pages of 190 MB. Mapped reads are unaligned-safe because nothing guarantees where the runtime maps a resource.
/// </remarks>
internal readonly unsafe struct IndexArray<T>
    where T : unmanaged
{
    private readonly T[]? _array;
    private readonly byte* _mapped;

    public IndexArray(T[] array)
    {
        _array = array;
        Length = array.Length;
    }

    /// <summary>Wraps memory that stays valid for the life of the process (a loaded assembly's resource).</summary>
    public IndexArray(byte* mapped, int length)
    {
        _mapped = mapped;
        Length = length;
    }

    public int Length { get; }

    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_array is not null) return _array[index];
            if ((uint)index >= (uint)Length) ThrowIndex();
            return Unsafe.ReadUnaligned<T>(_mapped + ((nint)index * sizeof(T)));
        }
    }

    public static implicit operator IndexArray<T>(T[] array) => new(array);

    /// <summary>Elements <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> (byte arrays only, where alignment cannot matter).</summary>
    public ReadOnlySpan<T> Slice(int start, int length)
    {
        if (_array is not null) return _array.AsSpan(start, length);
        if (sizeof(T) != 1) throw new NotSupportedException("Slices of mapped index arrays are for bytes only.");
        if ((uint)start > (uint)Length || (uint)length > (uint)(Length - start)) ThrowIndex();
        return new ReadOnlySpan<T>(_mapped + start, length);
    }

    /// <summary>A copy of elements <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/>, for any element type.</summary>
    public T[] CopyRange(int start, int length)
    {
        if ((uint)start > (uint)Length || (uint)length > (uint)(Length - start)) ThrowIndex();
        if (_array is not null) return _array.AsSpan(start, length).ToArray();
        var copy = GC.AllocateUninitializedArray<T>(length);
        new ReadOnlySpan<byte>(_mapped + ((nint)start * sizeof(T)), checked(length * sizeof(T))).CopyTo(MemoryMarshal.AsBytes(copy.AsSpan()));
        return copy;
    }

    /// <summary>The elements as a managed array: the array itself when there is one, else a copy.</summary>
    public T[] ToArray()
    {
        if (_array is not null) return _array;
        var copy = GC.AllocateUninitializedArray<T>(Length);
        new ReadOnlySpan<byte>(_mapped, checked(Length * sizeof(T))).CopyTo(MemoryMarshal.AsBytes(copy.AsSpan()));
        return copy;
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
