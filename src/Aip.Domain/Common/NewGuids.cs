using System.Security.Cryptography;

namespace Aip.Domain.Common;

/// <summary>
/// Random (version 4) GUIDs, as <see cref="Guid.NewGuid"/> makes them, but drawn from a per-thread buffer of
/// cryptographic random bytes filled for 256 at a time: on Linux each <see cref="Guid.NewGuid"/> is a system call, and
/// every entity constructed (EF builds one per row it reads) draws two.
/// </summary>
public static class NewGuids
{
    private const int PerFill = 256;

    [ThreadStatic]
    private static byte[]? _buffer;

    [ThreadStatic]
    private static int _next;

    public static Guid Next()
    {
        var buffer = _buffer ??= new byte[PerFill * 16];
        if (_next == 0)
        {
            RandomNumberGenerator.Fill(buffer);
        }

        Span<byte> bytes = stackalloc byte[16];
        buffer.AsSpan(_next * 16, 16).CopyTo(bytes);
        _next = (_next + 1) % PerFill;

        // Guid's byte order: byte 7 holds the version nibble, byte 8 the variant bits (RFC 9562, version 4).
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
