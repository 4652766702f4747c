using System.Security.Cryptography;
using System.Text;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Encrypts personal data at rest (AES-256-GCM) and derives a keyed person hash (HMAC-SHA256) so the same
/// national ID is recognised without storing or sending it in clear.</summary>
public sealed class PersonalData
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public PersonalData(byte[] masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("The personal-data key must be 32 bytes (base64 in PersonalData:Key).", nameof(masterKey));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "talentportal-encryption"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "talentportal-person-key"u8.ToArray());
    }

    public string Protect(string plaintext) => Convert.ToBase64String(Protect(Encoding.UTF8.GetBytes(plaintext)));

    public string Unprotect(string ciphertext) => Encoding.UTF8.GetString(Unprotect(Convert.FromBase64String(ciphertext)));

    /// <summary>Encrypts bytes (evidence documents): a fresh nonce, the tag, then the ciphertext.</summary>
    public byte[] Protect(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var output = new byte[NonceSize + TagSize + data.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    public byte[] Unprotect(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return plain;
    }

    public string PersonKey(string nationalId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(nationalId.ToUpperInvariant())));
}
