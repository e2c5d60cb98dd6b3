using System.Buffers.Binary;
using Sniffer.Dissectors.Model;
using static Sniffer.Dissectors.Protocols.Wlan.WpsFields;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>
/// Wi-Fi Simple Config attributes (the WPS vendor element 00:50:f2 type 4) as packet-wps.c's dissect_wps_tlvs shows
/// them: one item per attribute named by its type (with its value when it is a number or a string), its type and
/// length, then its value items; the WFA vendor extension's subelements.
/// </summary>
internal static class WpsAttributes
{
    /// <summary>An item an attribute adds: its field, where it starts in the value, and its length (-1: the attribute's length).</summary>
    private readonly record struct Item(FieldDef Field, int Offset, int Length);

    /// <summary>
    /// What an attribute type adds (the value field naming it, the length over which tshark notes a too-long value, or
    /// with <c>Exact</c> the only length it accepts, and its items), read from packet-wps.c's switch.
    /// </summary>
    private sealed record Attribute(FieldDef? Value, int Limit, bool Exact, Item[] Items);

    private static readonly Dictionary<int, Attribute> Attributes = new()
    {
        [0x1001] = new(ApChannel, 0, false, [new Item(ApChannel, 0, 2)]),  // AP_CHANNEL
        [0x1002] = new(AssociationState, 0, false, [new Item(AssociationState, 0, 2)]),  // ASSOCIATION_STATE
        [0x1003] = new(AuthenticationType, 0, false, [new Item(AuthenticationType, 0, 2)]),  // AUTHENTICATION_TYPE
        [0x1004] = new(AuthenticationTypeFlags, 0, false, [new Item(AuthenticationTypeFlags, 0, 2), new Item(AuthenticationTypeOpen, 0, 2), new Item(AuthenticationTypeWpapsk, 0, 2), new Item(AuthenticationTypeShared, 0, 2), new Item(AuthenticationTypeWpa, 0, 2), new Item(AuthenticationTypeWpa2, 0, 2), new Item(AuthenticationTypeWpa2psk, 0, 2)]),  // AUTHENTICATION_TYPE_FLAGS
        [0x1005] = new(Authenticator, 0, false, [new Item(Authenticator, 0, 8)]),  // AUTHENTICATOR
        [0x1008] = new(ConfigMethods, 0, false, [new Item(ConfigMethods, 0, 2), new Item(ConfigMethodsUsba, 0, 2), new Item(ConfigMethodsEthernet, 0, 2), new Item(ConfigMethodsLabel, 0, 2), new Item(ConfigMethodsDisplay, 0, 2), new Item(ConfigMethodsVirtDisplay, 0, 2), new Item(ConfigMethodsPhyDisplay, 0, 2), new Item(ConfigMethodsNfcext, 0, 2), new Item(ConfigMethodsNfcint, 0, 2), new Item(ConfigMethodsNfcinf, 0, 2), new Item(ConfigMethodsPushbutton, 0, 2), new Item(ConfigMethodsVirtPushbutton, 0, 2), new Item(ConfigMethodsPhyPushbutton, 0, 2), new Item(ConfigMethodsKeypad, 0, 2)]),  // CONFIG_METHODS
        [0x1009] = new(ConfigurationError, 0, false, [new Item(ConfigurationError, 0, 2)]),  // CONFIGURATION_ERROR
        [0x100a] = new(ConfirmationUrl4, 64, false, [new Item(ConfirmationUrl4, 0, -1)]),  // CONFIRMATION_URL4
        [0x100b] = new(ConfirmationUrl6, 76, false, [new Item(ConfirmationUrl6, 0, -1)]),  // CONFIRMATION_URL6
        [0x100c] = new(ConnectionType, 0, false, [new Item(ConnectionType, 0, 1)]),  // CONNECTION_TYPE
        [0x100d] = new(ConnectionTypeFlags, 0, false, [new Item(ConnectionTypeFlags, 0, 1), new Item(ConnectionTypeFlagsEss, 0, 1), new Item(ConnectionTypeFlagsIbss, 0, 1)]),  // CONNECTION_TYPE_FLAGS
        [0x100e] = new(Credential, 0, false, [new Item(Credential, 0, -1)]),  // CREDENTIAL
        [0x1011] = new(DeviceName, 32, false, [new Item(DeviceName, 0, -1)]),  // DEVICE_NAME
        [0x1012] = new(DevicePasswordId, 0, false, [new Item(DevicePasswordId, 0, 2)]),  // DEVICE_PASSWORD_ID
        [0x1015] = new(EHash2, 32, true, [new Item(EHash2, 0, 32)]),  // E_HASH2
        [0x1016] = new(ESnonce1, 16, true, [new Item(ESnonce1, 0, 16)]),  // E_SNONCE1
        [0x1017] = new(ESnonce2, 16, true, [new Item(ESnonce2, 0, 16)]),  // E_SNONCE2
        [0x1018] = new(EncryptedSettings, 0, false, [new Item(EncryptedSettings, 0, -1)]),  // ENCRYPTED_SETTINGS
        [0x100f] = new(EncryptionType, 0, false, [new Item(EncryptionType, 0, 2)]),  // ENCRYPTION_TYPE
        [0x1010] = new(EncryptionTypeFlags, 0, false, [new Item(EncryptionTypeFlags, 0, 2), new Item(EncryptionTypeFlagsNone, 0, 2), new Item(EncryptionTypeFlagsWep, 0, 2), new Item(EncryptionTypeFlagsTkip, 0, 2), new Item(EncryptionTypeFlagsAes, 0, 2)]),  // ENCRYPTION_TYPE_FLAGS
        [0x101a] = new(EnrolleeNonce, 16, true, [new Item(EnrolleeNonce, 0, 16)]),  // ENROLLEE_NONCE
        [0x101b] = new(FeatureId, 0, false, [new Item(FeatureId, 0, 4)]),  // FEATURE_ID
        [0x101c] = new(Identity, 80, false, [new Item(Identity, 0, -1)]),  // IDENTITY
        [0x101d] = new(IdentityProof, 0, false, [new Item(IdentityProof, 0, -1)]),  // IDENTITY_PROOF
        [0x101e] = new(KeyWrapAuthenticator, 0, false, [new Item(KeyWrapAuthenticator, 0, 8)]),  // KEY_WRAP_AUTHENTICATOR
        [0x101f] = new(KeyIdentifier, 0, false, [new Item(KeyIdentifier, 0, 16)]),  // KEY_IDENTIFIER
        [0x1020] = new(MacAddress, 0, false, [new Item(MacAddress, 0, 6)]),  // MAC_ADDRESS
        [0x1021] = new(Manufacturer, 64, false, [new Item(Manufacturer, 0, -1)]),  // MANUFACTURER
        [0x1022] = new(MessageType, 0, false, [new Item(MessageType, 0, 1)]),  // MESSAGE_TYPE
        [0x1023] = new(ModelName, 32, false, [new Item(ModelName, 0, -1)]),  // MODEL_NAME
        [0x1024] = new(ModelNumber, 32, false, [new Item(ModelNumber, 0, -1)]),  // MODEL_NUMBER
        [0x1026] = new(NetworkIndex, 0, false, [new Item(NetworkIndex, 0, 1)]),  // NETWORK_INDEX
        [0x1027] = new(NetworkKey, 64, false, [new Item(NetworkKey, 0, -1)]),  // NETWORK_KEY
        [0x1028] = new(NetworkKeyIndex, 0, false, [new Item(NetworkKeyIndex, 0, 1)]),  // NETWORK_KEY_INDEX
        [0x1029] = new(NewDeviceName, 32, false, [new Item(NewDeviceName, 0, -1)]),  // NEW_DEVICE_NAME
        [0x102a] = new(NewPassword, 64, false, [new Item(NewPassword, 0, -1)]),  // NEW_PASSWORD
        [0x102c] = new(OobDevicePassword, 56, false, [new Item(OobDevicePassword, 0, -1)]),  // OOB_DEVICE_PASSWORD
        [0x102d] = new(OsVersion, 0, false, [new Item(OsVersion, 0, 4)]),  // OS_VERSION
        [0x102f] = new(PowerLevel, 0, false, [new Item(PowerLevel, 0, 1)]),  // POWER_LEVEL
        [0x1030] = new(PskCurrent, 0, false, [new Item(PskCurrent, 0, 1)]),  // PSK_CURRENT
        [0x1031] = new(PskMax, 0, false, [new Item(PskMax, 0, 1)]),  // PSK_MAX
        [0x1032] = new(PublicKey, 192, true, [new Item(PublicKey, 0, 192)]),  // PUBLIC_KEY
        [0x1033] = new(RadioEnabled, 0, false, [new Item(RadioEnabled, 0, 1)]),  // RADIO_ENABLED
        [0x1034] = new(Reboot, 0, false, [new Item(Reboot, 0, 1)]),  // REBOOT
        [0x1035] = new(RegistrarCurrent, 0, false, [new Item(RegistrarCurrent, 0, 1)]),  // REGISTRAR_CURRENT
        [0x1036] = new(RegistrarEstablished, 0, false, [new Item(RegistrarEstablished, 0, 1)]),  // REGISTRAR_ESTABLISHED
        [0x1037] = new(RegistrarList, 0, false, [new Item(RegistrarList, 0, -1)]),  // REGISTRAR_LIST
        [0x1038] = new(RegistrarMax, 0, false, [new Item(RegistrarMax, 0, 1)]),  // REGISTRAR_MAX
        [0x1039] = new(RegistrarNonce, 0, false, [new Item(RegistrarNonce, 0, 16)]),  // REGISTRAR_NONCE
        [0x103a] = new(RequestType, 0, false, [new Item(RequestType, 0, 1)]),  // REQUEST_TYPE
        [0x103b] = new(ResponseType, 0, false, [new Item(ResponseType, 0, 1)]),  // RESPONSE_TYPE
        [0x103c] = new(RfBands, 0, false, [new Item(RfBands, 0, 1)]),  // RF_BANDS
        [0x103d] = new(RHash1, 0, false, [new Item(RHash1, 0, 32)]),  // R_HASH1
        [0x103e] = new(RHash2, 0, false, [new Item(RHash2, 0, 32)]),  // R_HASH2
        [0x103f] = new(RSnonce1, 0, false, [new Item(RSnonce1, 0, 16)]),  // R_SNONCE1
        [0x1040] = new(RSnonce2, 0, false, [new Item(RSnonce2, 0, 16)]),  // R_SNONCE2
        [0x1041] = new(SelectedRegistrar, 0, false, [new Item(SelectedRegistrar, 0, 1)]),  // SELECTED_REGISTRAR
        [0x1042] = new(SerialNumber, 32, false, [new Item(SerialNumber, 0, -1)]),  // SERIAL_NUMBER
        [0x1044] = new(WifiProtectedSetupState, 0, false, [new Item(WifiProtectedSetupState, 0, 1)]),  // WIFI_PROTECTED_SETUP_STATE
        [0x1045] = new(Ssid, 32, false, [new Item(Ssid, 0, -1)]),  // SSID
        [0x1046] = new(TotalNetworks, 0, false, [new Item(TotalNetworks, 0, 1)]),  // TOTAL_NETWORKS
        [0x1047] = new(UuidE, 16, false, [new Item(UuidE, 0, -1)]),  // UUID_E
        [0x1048] = new(UuidR, 16, false, [new Item(UuidR, 0, -1)]),  // UUID_R
        [0x1049] = new(VendorExtension, 0, false, [new Item(VendorExtension, 0, -1)]),  // VENDOR_EXTENSION
        [0x104a] = new(WpsVersion, 0, false, [new Item(WpsVersion, 0, 1)]),  // VERSION
        [0x104b] = new(X509CertificateRequest, 0, false, [new Item(X509CertificateRequest, 0, -1)]),  // X509_CERTIFICATE_REQUEST
        [0x104c] = new(X509Certificate, 0, false, [new Item(X509Certificate, 0, -1)]),  // X509_CERTIFICATE
        [0x104d] = new(EapIdentity, 64, false, [new Item(EapIdentity, 0, -1)]),  // EAP_IDENTITY
        [0x104e] = new(MessageCounter, 0, false, [new Item(MessageCounter, 0, 8)]),  // MESSAGE_COUNTER
        [0x104f] = new(PublicKeyHash, 0, false, [new Item(PublicKeyHash, 0, 20)]),  // PUBLIC_KEY_HASH
        [0x1050] = new(RekeyKey, 0, false, [new Item(RekeyKey, 0, 32)]),  // REKEY_KEY
        [0x1051] = new(KeyLifetime, 0, false, [new Item(KeyLifetime, 0, 4)]),  // KEY_LIFETIME
        [0x1052] = new(PermittedConfigMethods, 0, false, [new Item(PermittedConfigMethods, 0, 2), new Item(PermittedConfigMethodsUsba, 0, 2), new Item(PermittedConfigMethodsEthernet, 0, 2), new Item(PermittedConfigMethodsLabel, 0, 2), new Item(PermittedConfigMethodsDisplay, 0, 2), new Item(PermittedConfigMethodsVirtDisplay, 0, 2), new Item(PermittedConfigMethodsPhyDisplay, 0, 2), new Item(PermittedConfigMethodsNfcext, 0, 2), new Item(PermittedConfigMethodsNfcint, 0, 2), new Item(PermittedConfigMethodsNfcinf, 0, 2), new Item(PermittedConfigMethodsPushbutton, 0, 2), new Item(PermittedConfigMethodsVirtPushbutton, 0, 2), new Item(PermittedConfigMethodsPhyPushbutton, 0, 2), new Item(PermittedConfigMethodsKeypad, 0, 2)]),  // PERMITTED_CONFIG_METHODS
        [0x1053] = new(SelectedRegistrarConfigMethods, 0, false, [new Item(SelectedRegistrarConfigMethods, 0, 2), new Item(SelectedRegistrarConfigMethodsUsba, 0, 2), new Item(SelectedRegistrarConfigMethodsEthernet, 0, 2), new Item(SelectedRegistrarConfigMethodsLabel, 0, 2), new Item(SelectedRegistrarConfigMethodsDisplay, 0, 2), new Item(SelectedRegistrarConfigMethodsVirtDisplay, 0, 2), new Item(SelectedRegistrarConfigMethodsPhyDisplay, 0, 2), new Item(SelectedRegistrarConfigMethodsNfcext, 0, 2), new Item(SelectedRegistrarConfigMethodsNfcint, 0, 2), new Item(SelectedRegistrarConfigMethodsNfcinf, 0, 2), new Item(SelectedRegistrarConfigMethodsPushbutton, 0, 2), new Item(SelectedRegistrarConfigMethodsVirtPushbutton, 0, 2), new Item(SelectedRegistrarConfigMethodsPhyPushbutton, 0, 2), new Item(SelectedRegistrarConfigMethodsKeypad, 0, 2)]),  // SELECTED_REGISTRAR_CONFIG_METHODS
        [0x1054] = new(PrimaryDeviceType, 0, false, [new Item(PrimaryDeviceType, 0, 8)]),  // PRIMARY_DEVICE_TYPE
        [0x1055] = new(SecondaryDeviceTypeList, 128, false, [new Item(SecondaryDeviceTypeList, 0, -1)]),  // SECONDARY_DEVICE_TYPE_LIST
        [0x1056] = new(PortableDevice, 0, false, [new Item(PortableDevice, 0, 1)]),  // PORTABLE_DEVICE
        [0x1057] = new(ApSetupLocked, 0, false, [new Item(ApSetupLocked, 0, 1)]),  // AP_SETUP_LOCKED
        [0x1058] = new(ApplicationExtension, 512, false, [new Item(ApplicationExtension, 0, -1)]),  // APPLICATION_EXTENSION
        [0x1059] = new(EapType, 8, false, [new Item(EapType, 0, -1)]),  // EAP_TYPE
        [0x1060] = new(InitializationVector, 0, false, [new Item(InitializationVector, 0, 32)]),  // INITIALIZATION_VECTOR
        [0x1061] = new(KeyProvidedAutomatically, 0, false, [new Item(KeyProvidedAutomatically, 0, 1)]),  // KEY_PROVIDED_AUTOMATICALLY
        [0x1062] = new(Ieee8021xEnabled, 0, false, [new Item(Ieee8021xEnabled, 0, 1)]),  // 8021X_ENABLED
        [0x1063] = new(Appsessionkey, 128, false, [new Item(Appsessionkey, 0, -1)]),  // APPSESSIONKEY
        [0x1064] = new(Weptransmitkey, 0, false, [new Item(Weptransmitkey, 0, 1)]),  // WEPTRANSMITKEY
        [0x106a] = new(RequestedDevType, 0, false, [new Item(RequestedDevType, 0, 8)]),  // REQUESTED_DEV_TYPE
    };

    private static readonly FieldDef[] Subcategories =
    [
        PrimaryDeviceTypeSubcategoryComputer, PrimaryDeviceTypeSubcategoryInputDevice, PrimaryDeviceTypeSubcategoryPrintersScannersFaxesCopiers,
        PrimaryDeviceTypeSubcategoryCamera, PrimaryDeviceTypeSubcategoryStorage, PrimaryDeviceTypeSubcategoryNetworkInfrastructure,
        PrimaryDeviceTypeSubcategoryDisplays, PrimaryDeviceTypeSubcategoryMultimediaDevices, PrimaryDeviceTypeSubcategoryGamingDevices,
        PrimaryDeviceTypeSubcategoryTelephone, PrimaryDeviceTypeSubcategoryAudioDevices,
    ];

    private static readonly FieldDef[] MultiApFlags = [ExtMultiApBackhaulSta, ExtMultiApBackhaulBss, ExtMultiApFronthaulBss, ExtMultiApTeardown, ExtMultiApReserved];

    public static readonly ExpertDef PacketTooShort = new("wps.packet_too_short", ExpertGroup.Malformed, ExpertSeverity.Error, "Packet too short");
    public static readonly ExpertDef ValueTooLong = new("wps.length.value_too_long", ExpertGroup.Malformed, ExpertSeverity.Error, "Value too long");
    public static readonly ExpertDef LengthWrong = new("wps.length.too_long", ExpertGroup.Malformed, ExpertSeverity.Error, "Value length not X");

    private const int WifiAllianceVendor = 0x00372A;

    /// <summary>
    /// The attributes in <paramref name="v"/> (at <paramref name="at"/> in the frame). False when an attribute's value
    /// reaches past the element: tshark's exception, the rest of the frame is not dissected.
    /// </summary>
    public static bool Dissect(FieldTree tree, int parent, ReadOnlySpan<byte> v, int at)
    {
        int offset = 0, lastValue = -1;
        while (offset < v.Length)
        {
            if (v.Length - offset < 4)
                return true; // packet-wps.c notes this only when it has a pinfo, which 802.11's call does not give
            lastValue = -1;
            int type = BinaryPrimitives.ReadUInt16BigEndian(v[offset..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(v[(offset + 2)..]);
            if (4 + length > v.Length - offset)
                return false; // the attribute's item would reach past the element: tshark's exception
            int attribute = tree.AddNode(parent, TextItem.Field, 0, at + offset, 4 + length);
            tree.SetText(attribute, $"Unknown Type (0x{type:x4})");
            tree.Add(attribute, DataElementType, 0, at + offset, 2, (ulong)type);
            tree.Add(attribute, Length, 0, at + offset + 2, 2, (ulong)length);
            int value = offset + 4;
            if (Attributes.TryGetValue(type, out var a))
            {
                foreach (var item in a.Items)
                {
                    int itemLength = item.Length < 0 ? length : item.Length;
                    int start = value + item.Offset;
                    if (start + itemLength > v.Length)
                        return false;
                    int node = AddValue(tree, attribute, item.Field, v.Slice(start, itemLength), at + start);
                    if (lastValue < 0)
                        lastValue = node;
                }
                if (type == 0x1005)
                    tree.AppendText(lastValue, " (1st 64 bits of HMAC)");
                if (type == 0x1054 && !DeviceCategory(tree, attribute, v, value, at))
                    return false;
                // a.Limit: packet-wps.c's length notes need a pinfo, which 802.11's call does not give (EAP-WPS would).
                if (a.Value is { } named)
                    NameAttribute(tree, attribute, type, named, v, value, length);
            }
            if (type == 0x1049 && !VendorSubelements(tree, attribute, v.Slice(value, Math.Min(length, v.Length - value)), at + value))
                return false;
            offset = value + length;
        }
        return true;
    }

    private static int AddValue(FieldTree tree, int parent, FieldDef field, ReadOnlySpan<byte> bytes, int at)
    {
        switch (field.Type)
        {
            case FieldType.String:
                return tree.AddString(parent, field, 0, at, bytes.Length, Ascii(bytes));
            case FieldType.Bytes:
            case FieldType.Ether:
                return tree.AddBytes(parent, field, 0, at, bytes.Length, bytes);
            default:
            {
                ulong raw = 0;
                foreach (byte b in bytes)
                    raw = raw << 8 | b;
                return tree.Add(parent, field, 0, at, bytes.Length, WlanBits.Extract(field, raw));
            }
        }
    }

    /// <summary>The attribute's item reads "Type name: value" (a number's name and hex, or the string) as packet-wps.c sets it.</summary>
    private static void NameAttribute(FieldTree tree, int attribute, int type, FieldDef value, ReadOnlySpan<byte> v, int at, int length)
    {
        if (!tree.BuildsText)
            return;
        string name = DataElementType.ValueNames!.TryGetValue((ulong)type, out var n) ? n : $"Unknown (0x{type:x4})";
        tree.SetText(attribute, name);
        int digits = value.Type switch { FieldType.UInt8 => 1, FieldType.UInt16 => 2, FieldType.UInt32 => 4, _ => 0 };
        if (digits > 0 && at + digits <= v.Length)
        {
            uint number = 0;
            for (int i = 0; i < digits; i++)
                number = number << 8 | v[at + i];
            string hex = number.ToString($"x{digits * 2}", System.Globalization.CultureInfo.InvariantCulture);
            if (value.ValueNames is { } names)
                tree.AppendText(attribute, $": {(names.TryGetValue(number, out var vn) ? vn : $"Unknown: {number}")} (0x{hex})");
            else
                tree.AppendText(attribute, $": 0x{hex}");
        }
        else if (value.Type == FieldType.String)
            tree.AppendText(attribute, $": {Ascii(v.Slice(at, Math.Min(length, v.Length - at)))}");
    }

    /// <summary>The category and subcategory of a WFA device type (00:50:f2:04).</summary>
    private static bool DeviceCategory(FieldTree tree, int attribute, ReadOnlySpan<byte> v, int value, int at)
    {
        if (value + 8 > v.Length)
            return false;
        if (BinaryPrimitives.ReadUInt32BigEndian(v[(value + 2)..]) != 0x0050F204)
            return true;
        int category = BinaryPrimitives.ReadUInt16BigEndian(v[value..]);
        if (category is < 1 or > 11)
            return true;
        tree.Add(attribute, PrimaryDeviceTypeCategory, 0, at + value, 2, (ulong)category);
        tree.Add(attribute, Subcategories[category - 1], 0, at + value + 6, 2, BinaryPrimitives.ReadUInt16BigEndian(v[(value + 6)..]));
        return true;
    }

    /// <summary>The vendor extension: its vendor ID, and for the Wi-Fi Alliance's its subelements (Version2, AuthorizedMACs…).</summary>
    private static bool VendorSubelements(FieldTree tree, int attribute, ReadOnlySpan<byte> v, int at)
    {
        if (v.Length < 3)
            return true;
        int vendor = v[0] << 16 | v[1] << 8 | v[2];
        tree.Add(attribute, VendorId, 0, at, 3, (ulong)vendor);
        if (vendor != WifiAllianceVendor)
            return true;
        int pos = 3;
        while (pos + 2 < v.Length)
        {
            int id = v[pos], length = v[pos + 1];
            if (pos + 2 + length > v.Length)
                break;
            int value = pos + 2;
            int sub = tree.AddNode(attribute, TextItem.Field, 0, at + pos, 2 + length);
            tree.SetText(sub, ExtId.ValueNames!.TryGetValue((ulong)id, out var name) ? name : $"Unknown ({id})");
            tree.Add(sub, ExtId, 0, at + pos, 1, (ulong)id);
            tree.Add(sub, ExtLen, 0, at + pos + 1, 1, (ulong)length);
            bool needsByte = id is 0 or 2 or 3 or 4 or 6;
            if (needsByte && length < 1)
                return false; // tshark reads the value byte past the subelement: an exception
            switch (id)
            {
                case 0:
                    tree.AppendText(sub, $": {v[value] >> 4}.{v[value] & 0x0F}");
                    tree.Add(sub, ExtVersion2, 0, at + value, 1, v[value]);
                    break;
                case 1:
                    tree.AddBytes(sub, ExtAuthorizedmacs, 0, at + value, length, v.Slice(value, length));
                    break;
                case 2:
                case 3:
                    tree.AppendText(sub, v[value] != 0 ? ": TRUE" : ": FALSE");
                    tree.Add(sub, id == 2 ? ExtNetworkKeyShareable : ExtRequestToEnroll, 0, at + value, 1, v[value]);
                    break;
                case 4:
                    tree.AppendText(sub, $": {v[value]} second(s)");
                    tree.Add(sub, ExtSettingsDelayTime, 0, at + value, 1, v[value]);
                    break;
                case 6:
                    WlanBits.AddBitmaskNamingSetFlags(tree, sub, ExtMultiApFlags, at + value, 1, v[value], MultiApFlags);
                    break;
            }
            pos = value + length;
        }
        return true;
    }

    /// <summary>ENC_ASCII: bytes above 0x7F become U+FFFD.</summary>
    private static string Ascii(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '\uFFFD';
        return new string(chars);
    }
}
