using Sniffer.Dissectors.Model;

namespace Sniffer.Dissectors.Protocols.Wlan;

/// <summary>Wi-Fi Simple Config (WPS) attributes as packet-wps.c declares them, generated from tshark 4.0.17's -G fields/values.</summary>
public static class WpsFields
{
    public static readonly ProtocolDef Protocol = new("wps", "WPS", "Wifi Protected Setup");

    private static readonly Dictionary<ulong, string> TypeNames = new() { [4097] = "AP Channel", [4098] = "Association State", [4099] = "Authentication Type", [4100] = "Authentication Type Flags", [4101] = "Authenticator", [4104] = "Config Methods", [4105] = "Configuration Error", [4106] = "Confirmation URL4", [4107] = "Confirmation URL6", [4108] = "Connection Type", [4109] = "Connection Type Flags", [4110] = "Credential", [4113] = "Device Name", [4114] = "Device Password ID", [4116] = "E Hash1", [4117] = "E Hash2", [4118] = "E SNonce1", [4119] = "E SNonce2", [4120] = "Encrypted Settings", [4111] = "Encryption Type", [4112] = "Encryption Type Flags", [4122] = "Enrollee Nonce", [4123] = "Feature Id", [4124] = "Identity", [4125] = "Identity Proof", [4126] = "Key Wrap Authenticator", [4127] = "Key Identifier", [4128] = "MAC Address", [4129] = "Manufacturer", [4130] = "Message Type", [4131] = "Model Name", [4132] = "Model Number", [4134] = "Network Index", [4135] = "Network Key", [4136] = "Network Key Index", [4137] = "New Device Name", [4138] = "New Password", [4140] = "OOB Device Password", [4141] = "OS Version", [4143] = "Power Level", [4144] = "PSK Current", [4145] = "PSK Max", [4146] = "Public Key", [4147] = "Radio Enabled", [4148] = "Reboot", [4149] = "Registrar Current", [4150] = "Registrar Established", [4151] = "Registrar List", [4152] = "registrar_max", [4153] = "Registrar Nonce", [4154] = "Request Type", [4155] = "Response Type", [4156] = "RF Bands", [4157] = "R Hash1", [4158] = "R Hash2", [4159] = "R Snonce1", [4160] = "R Snonce2", [4161] = "Selected Registrar", [4162] = "Serial Number", [4164] = "Wifi Protected Setup State", [4165] = "SSID", [4166] = "Total Networks", [4167] = "UUID E", [4168] = "UUID R", [4169] = "Vendor Extension", [4170] = "Version", [4171] = "X509 Certificate Request", [4172] = "X509 Certificate", [4173] = "EAP Identity", [4174] = "Message Counter", [4175] = "Public Key Hash", [4176] = "Rekey Key", [4177] = "Key Lifetime", [4178] = "Permitted Config Methods", [4179] = "Selected Registrar Config Methods", [4180] = "Primary Device Type", [4181] = "Secondary Device Type List", [4182] = "Portable Device", [4183] = "Ap Setup Locked", [4184] = "Application Extension", [4185] = "EAP Type", [4192] = "Initialization Vector", [4193] = "Key Provided Automatically", [4194] = "8021x Enabled", [4195] = "AppSessionKey", [4196] = "WEPTransmitKey", [4202] = "Requested Device Type" };
    private static readonly Dictionary<ulong, string> AssociationStateNames = new() { [0] = "Not associated", [1] = "Connection success", [2] = "Configuration Failure", [3] = "Association Failure", [4] = "IP Failure" };
    private static readonly Dictionary<ulong, string> AuthenticationTypeNames = new() { [1] = "Open", [2] = "WPA PSK", [4] = "Shared", [8] = "WPA", [16] = "WPA2", [32] = "WPA2 PSK" };
    private static readonly Dictionary<ulong, string> ConfigurationErrorNames = new() { [0] = "No Error", [1] = "OOB Interface Read Error", [2] = "Decryption CRC Failure", [3] = "2.4 channel not supported", [4] = "5.0 channel not supported", [5] = "Signal too weak", [6] = "Network auth failure", [7] = "Network association failure", [8] = "No DHCP response", [9] = "failed DHCP config", [10] = "IP address conflict", [11] = "Couldn't connect to Registrar", [12] = "Multiple PBC sessions detected", [13] = "Rogue activity suspected", [14] = "Device busy", [15] = "Setup locked", [16] = "Message Timeout", [17] = "Registration Session Timeout", [18] = "Device Password Auth Failure" };
    private static readonly Dictionary<ulong, string> ConnectionTypeFlagsNames = new() { [1] = "ESS", [2] = "IBSS" };
    private static readonly Dictionary<ulong, string> DevicePasswordIdNames = new() { [0] = "PIN (default)", [1] = "User specified", [2] = "Machine specified", [3] = "Rekey", [4] = "PushButton", [5] = "Registrar specified" };
    private static readonly Dictionary<ulong, string> EncryptionTypeNames = new() { [1] = "none", [2] = "WEP", [4] = "TKIP", [8] = "AES" };
    private static readonly Dictionary<ulong, string> MessageTypeNames = new() { [1] = "Beacon", [2] = "Probe Request", [3] = "Probe Response", [4] = "M1", [5] = "M2", [6] = "M2D", [7] = "M3", [8] = "M4", [9] = "M5", [10] = "M6", [11] = "M7", [12] = "M8", [13] = "WSC_ACK", [14] = "WSC_NACK", [15] = "WSC_DONE" };
    private static readonly Dictionary<ulong, string> RequestTypeNames = new() { [0] = "Enrollee, Info only", [1] = "Enrollee, open 802.1X", [2] = "Registrar", [3] = "WLAN Manager Registrar" };
    private static readonly Dictionary<ulong, string> ResponseTypeNames = new() { [0] = "Enrollee, Info only", [1] = "Enrollee, open 802.1X", [2] = "Registrar", [3] = "AP" };
    private static readonly Dictionary<ulong, string> RfBandsNames = new() { [1] = "2.4 GHz", [2] = "5 GHz", [3] = "2.4 and 5 GHz" };
    private static readonly Dictionary<ulong, string> WifiProtectedSetupStateNames = new() { [0] = "Reserved", [1] = "Not configured", [2] = "Configured" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeCategoryNames = new() { [1] = "Computer", [2] = "Input Device", [3] = "Printers, Scanners, Faxes and Copiers", [4] = "Camera", [5] = "Storage", [6] = "Network Infrastructure", [7] = "Displays", [8] = "Multimedia Devices", [9] = "Gaming Devices", [10] = "Telephone", [11] = "Audio Devices" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryComputerNames = new() { [1] = "PC", [2] = "Server", [3] = "Media Center", [4] = "Ultra-mobile PC", [5] = "Notebook", [6] = "Desktop", [7] = "MID (Mobile Internet Device)", [8] = "Netbook" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryInputDeviceNames = new() { [1] = "Keyboard", [2] = "Mouse", [3] = "Joystick", [4] = "Trackball", [5] = "Gaming controller", [6] = "Remote", [7] = "Touchscreen", [8] = "Biometric reader", [9] = "Barcode reader" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryPrintersScannersFaxesCopiersNames = new() { [1] = "Printer or Print Server", [2] = "Scanner", [3] = "Fax", [4] = "Copier", [5] = "All-in-one (Printer, Scanner, Fax, Copier)" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryCameraNames = new() { [1] = "Digital Still Camera", [2] = "Video Camera", [3] = "Web Camera", [4] = "Security Camera" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryStorageNames = new() { [1] = "NAS" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryNetworkInfrastructureNames = new() { [1] = "AP", [2] = "Router", [3] = "Switch", [4] = "Gateway", [5] = "Bridge" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryDisplaysNames = new() { [1] = "Television", [2] = "Electronic Picture Frame", [3] = "Projector", [4] = "Monitor" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryMultimediaDevicesNames = new() { [1] = "DAR", [2] = "PVR", [3] = "MCX", [4] = "Set-top box", [5] = "Media Server/Media Adapter/Media Extender", [6] = "Portable Video Player" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryGamingDevicesNames = new() { [1] = "Xbox", [2] = "Xbox360", [3] = "Playstation", [4] = "Game Console/Game Console Adapter", [5] = "Portable Gaming Device" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryTelephoneNames = new() { [1] = "Windows Mobile", [2] = "Phone - single mode", [3] = "Phone - dual mode", [4] = "Smartphone - single mode", [5] = "Smartphone - dual mode" };
    private static readonly Dictionary<ulong, string> PrimaryDeviceTypeSubcategoryAudioDevicesNames = new() { [1] = "Audio tuner/receiver", [2] = "Speakers", [3] = "Portable Music Player (PMP)", [4] = "Headset (headphones + microphone)", [5] = "Headphones", [6] = "Microphone", [7] = "Home Theater Systems" };
    private static readonly Dictionary<ulong, string> ExtIdNames = new() { [0] = "Version2", [1] = "AuthorizedMACs", [2] = "Network Key Shareable", [3] = "Request to Enroll", [4] = "Settings Delay Time", [6] = "Multi-AP Extension" };

    public static readonly FieldDef DataElementType = new("wps.type", "Data Element Type", FieldType.UInt16, FieldBase.Hex, 0, valueNames: TypeNames);
    public static readonly FieldDef Length = new("wps.length", "Data Element Length", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef ApChannel = new("wps.ap_channel", "AP Channel", FieldType.UInt16, FieldBase.Dec);
    public static readonly FieldDef AssociationState = new("wps.association_state", "Association State", FieldType.UInt16, FieldBase.Hex, 0, valueNames: AssociationStateNames);
    public static readonly FieldDef AuthenticationType = new("wps.authentication_type", "Authentication Type", FieldType.UInt16, FieldBase.Hex, 0, valueNames: AuthenticationTypeNames);
    public static readonly FieldDef AuthenticationTypeFlags = new("wps.authentication_type_flags", "Authentication Type Flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef AuthenticationTypeOpen = new("wps.authentication_type.open", "Open", FieldType.UInt16, FieldBase.Hex, 0x1);
    public static readonly FieldDef AuthenticationTypeWpapsk = new("wps.authentication_type.wpapsk", "WPA PSK", FieldType.UInt16, FieldBase.Hex, 0x2);
    public static readonly FieldDef AuthenticationTypeShared = new("wps.authentication_type.shared", "Shared", FieldType.UInt16, FieldBase.Hex, 0x4);
    public static readonly FieldDef AuthenticationTypeWpa = new("wps.authentication_type.wpa", "WPA", FieldType.UInt16, FieldBase.Hex, 0x8);
    public static readonly FieldDef AuthenticationTypeWpa2 = new("wps.authentication_type.wpa2", "WPA2", FieldType.UInt16, FieldBase.Hex, 0x10);
    public static readonly FieldDef AuthenticationTypeWpa2psk = new("wps.authentication_type.wpa2psk", "WPA2PSK", FieldType.UInt16, FieldBase.Hex, 0x20);
    public static readonly FieldDef Authenticator = new("wps.authenticator", "Authenticator", FieldType.Bytes);
    public static readonly FieldDef ConfigMethods = new("wps.config_methods", "Configuration Methods", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef ConfigMethodsUsba = new("wps.config_methods.usba", "USB", FieldType.UInt16, FieldBase.Hex, 0x1);
    public static readonly FieldDef ConfigMethodsEthernet = new("wps.config_methods.ethernet", "Ethernet", FieldType.UInt16, FieldBase.Hex, 0x2);
    public static readonly FieldDef ConfigMethodsLabel = new("wps.config_methods.label", "Label", FieldType.UInt16, FieldBase.Hex, 0x4);
    public static readonly FieldDef ConfigMethodsDisplay = new("wps.config_methods.display", "Display", FieldType.UInt16, FieldBase.Hex, 0x8);
    public static readonly FieldDef ConfigMethodsVirtDisplay = new("wps.config_methods.virt_display", "Virtual Display", FieldType.UInt16, FieldBase.Hex, 0x2000);
    public static readonly FieldDef ConfigMethodsPhyDisplay = new("wps.config_methods.phy_display", "Physical Display", FieldType.UInt16, FieldBase.Hex, 0x4000);
    public static readonly FieldDef ConfigMethodsNfcext = new("wps.config_methods.nfcext", "External NFC", FieldType.UInt16, FieldBase.Hex, 0x10);
    public static readonly FieldDef ConfigMethodsNfcint = new("wps.config_methods.nfcint", "Internal NFC", FieldType.UInt16, FieldBase.Hex, 0x20);
    public static readonly FieldDef ConfigMethodsNfcinf = new("wps.config_methods.nfcinf", "NFC Interface", FieldType.UInt16, FieldBase.Hex, 0x40);
    public static readonly FieldDef ConfigMethodsPushbutton = new("wps.config_methods.pushbutton", "Push Button", FieldType.UInt16, FieldBase.Hex, 0x80);
    public static readonly FieldDef ConfigMethodsVirtPushbutton = new("wps.config_methods.virt_pushbutton", "Virtual Push Button", FieldType.UInt16, FieldBase.Hex, 0x200);
    public static readonly FieldDef ConfigMethodsPhyPushbutton = new("wps.config_methods.phy_pushbutton", "Physical Push Button", FieldType.UInt16, FieldBase.Hex, 0x400);
    public static readonly FieldDef ConfigMethodsKeypad = new("wps.config_methods.keypad", "Keypad", FieldType.UInt16, FieldBase.Hex, 0x100);
    public static readonly FieldDef ConfigurationError = new("wps.configuration_error", "Configuration Error", FieldType.UInt16, FieldBase.Hex, 0, valueNames: ConfigurationErrorNames);
    public static readonly FieldDef ConfirmationUrl4 = new("wps.confirmation_url4", "Confirmation URL4", FieldType.String);
    public static readonly FieldDef ConfirmationUrl6 = new("wps.confirmation_url6", "Confirmation URL6", FieldType.String);
    public static readonly FieldDef ConnectionType = new("wps.connection_type", "Connection Type", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ConnectionTypeFlags = new("wps.connection_type_flags", "Connection Types", FieldType.UInt8, FieldBase.Hex, 0, valueNames: ConnectionTypeFlagsNames);
    public static readonly FieldDef ConnectionTypeFlagsEss = new("wps.connection_type_flags.ess", "ESS", FieldType.UInt8, FieldBase.Hex, 0x1);
    public static readonly FieldDef ConnectionTypeFlagsIbss = new("wps.connection_type_flags.ibss", "IBSS", FieldType.UInt8, FieldBase.Hex, 0x2);
    public static readonly FieldDef Credential = new("wps.credential", "Credential", FieldType.Bytes);
    public static readonly FieldDef DeviceName = new("wps.device_name", "Device Name", FieldType.String);
    public static readonly FieldDef DevicePasswordId = new("wps.device_password_id", "Device Password ID", FieldType.UInt16, FieldBase.Hex, 0, valueNames: DevicePasswordIdNames);
    public static readonly FieldDef EHash1 = new("wps.e_hash1", "Enrollee Hash 1", FieldType.Bytes);
    public static readonly FieldDef EHash2 = new("wps.e_hash2", "Enrollee Hash 2", FieldType.Bytes);
    public static readonly FieldDef ESnonce1 = new("wps.e_snonce1", "Enrollee SNounce 1", FieldType.Bytes);
    public static readonly FieldDef ESnonce2 = new("wps.e_snonce2", "Enrollee SNounce 2", FieldType.Bytes);
    public static readonly FieldDef EncryptedSettings = new("wps.encrypted_settings", "Encrypted Settings", FieldType.Bytes);
    public static readonly FieldDef EncryptionType = new("wps.encryption_type", "Encryption Type", FieldType.UInt16, FieldBase.Hex, 0, valueNames: EncryptionTypeNames);
    public static readonly FieldDef EncryptionTypeFlags = new("wps.encryption_type_flags", "Encryption Type Flags", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef EncryptionTypeFlagsNone = new("wps.encryption_type_flags.none", "None", FieldType.UInt16, FieldBase.Hex, 0x1);
    public static readonly FieldDef EncryptionTypeFlagsWep = new("wps.encryption_type_flags.wep", "WEP", FieldType.UInt16, FieldBase.Hex, 0x2);
    public static readonly FieldDef EncryptionTypeFlagsTkip = new("wps.encryption_type_flags.tkip", "TKIP", FieldType.UInt16, FieldBase.Hex, 0x4);
    public static readonly FieldDef EncryptionTypeFlagsAes = new("wps.encryption_type_flags.aes", "AES", FieldType.UInt16, FieldBase.Hex, 0x8);
    public static readonly FieldDef EnrolleeNonce = new("wps.enrollee_nonce", "Enrollee Nonce", FieldType.Bytes);
    public static readonly FieldDef FeatureId = new("wps.feature_id", "Feature ID", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef Identity = new("wps.identity", "Identity", FieldType.String);
    public static readonly FieldDef IdentityProof = new("wps.identity_proof", "Identity Proof", FieldType.Bytes);
    public static readonly FieldDef KeyWrapAuthenticator = new("wps.key_wrap_authenticator", "Key Wrap Authenticator", FieldType.Bytes);
    public static readonly FieldDef KeyIdentifier = new("wps.key_identifier", "Key Identifier", FieldType.Bytes);
    public static readonly FieldDef MacAddress = new("wps.mac_address", "MAC", FieldType.Ether);
    public static readonly FieldDef Manufacturer = new("wps.manufacturer", "Manufacturer", FieldType.String);
    public static readonly FieldDef MessageType = new("wps.message_type", "Message Type", FieldType.UInt8, FieldBase.Hex, 0, valueNames: MessageTypeNames);
    public static readonly FieldDef ModelName = new("wps.model_name", "Model Name", FieldType.String);
    public static readonly FieldDef ModelNumber = new("wps.model_number", "Model Number", FieldType.String);
    public static readonly FieldDef NetworkIndex = new("wps.network_index", "Network Index", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef NetworkKey = new("wps.network_key", "Network Key", FieldType.Bytes);
    public static readonly FieldDef NetworkKeyIndex = new("wps.network_key_index", "Network Key Index", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef NewDeviceName = new("wps.new_device_name", "New Device Name", FieldType.Bytes);
    public static readonly FieldDef NewPassword = new("wps.new_password", "New Password", FieldType.Bytes);
    public static readonly FieldDef OobDevicePassword = new("wps.oob_device_password", "OOB Device Password", FieldType.Bytes);
    public static readonly FieldDef OsVersion = new("wps.os_version", "OS Version", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef PowerLevel = new("wps.power_level", "Power Level", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef PskCurrent = new("wps.psk_current", "PSK Current", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef PskMax = new("wps.psk_max", "PSK Max", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef PublicKey = new("wps.public_key", "Public Key", FieldType.Bytes);
    public static readonly FieldDef RadioEnabled = new("wps.radio_enabled", "Radio Enabled", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef Reboot = new("wps.reboot", "Reboot", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef RegistrarCurrent = new("wps.registrar_current", "Registrar current", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef RegistrarEstablished = new("wps.registrar_established", "Registrar established", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef RegistrarList = new("wps.registrar_list", "Registrar list", FieldType.Bytes);
    public static readonly FieldDef RegistrarMax = new("wps.registrar_max", "Registrar max", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef RegistrarNonce = new("wps.registrar_nonce", "Registrar Nonce", FieldType.Bytes);
    public static readonly FieldDef RequestType = new("wps.request_type", "Request Type", FieldType.UInt8, FieldBase.Hex, 0, valueNames: RequestTypeNames);
    public static readonly FieldDef ResponseType = new("wps.response_type", "Response Type", FieldType.UInt8, FieldBase.Hex, 0, valueNames: ResponseTypeNames);
    public static readonly FieldDef RfBands = new("wps.rf_bands", "RF Bands", FieldType.UInt8, FieldBase.Hex, 0, valueNames: RfBandsNames);
    public static readonly FieldDef RHash1 = new("wps.r_hash1", "Registrar Hash 1", FieldType.Bytes);
    public static readonly FieldDef RHash2 = new("wps.r_hash2", "Registrar Hash 2", FieldType.Bytes);
    public static readonly FieldDef RSnonce1 = new("wps.r_snonce1", "Registrar Snonce1", FieldType.Bytes);
    public static readonly FieldDef RSnonce2 = new("wps.r_snonce2", "Registrar Snonce 2", FieldType.Bytes);
    public static readonly FieldDef SelectedRegistrar = new("wps.selected_registrar", "Selected Registrar", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef SerialNumber = new("wps.serial_number", "Serial Number", FieldType.String);
    public static readonly FieldDef WifiProtectedSetupState = new("wps.wifi_protected_setup_state", "Wifi Protected Setup State", FieldType.UInt8, FieldBase.Hex, 0, valueNames: WifiProtectedSetupStateNames);
    public static readonly FieldDef Ssid = new("wps.ssid", "SSID", FieldType.String);
    public static readonly FieldDef TotalNetworks = new("wps.total_networks", "Total Networks", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef UuidE = new("wps.uuid_e", "UUID Enrollee", FieldType.Bytes);
    public static readonly FieldDef UuidR = new("wps.uuid_r", "UUID Registrar", FieldType.Bytes);
    public static readonly FieldDef VendorExtension = new("wps.vendor_extension", "Vendor Extension", FieldType.Bytes);
    public static readonly FieldDef WpsVersion = new("wps.version", "Version", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef X509CertificateRequest = new("wps.x509_certificate_request", "X509 Certificate Request", FieldType.Bytes);
    public static readonly FieldDef X509Certificate = new("wps.x509_certificate", "X509 Certificate", FieldType.Bytes);
    public static readonly FieldDef EapIdentity = new("wps.eap_identity", "EAP Identity", FieldType.Bytes);
    public static readonly FieldDef MessageCounter = new("wps.message_counter", "Message Counter", FieldType.UInt64, FieldBase.Hex);
    public static readonly FieldDef PublicKeyHash = new("wps.public_key_hash", "Public Key Hash", FieldType.Bytes);
    public static readonly FieldDef RekeyKey = new("wps.rekey_key", "Rekey Key", FieldType.Bytes);
    public static readonly FieldDef KeyLifetime = new("wps.key_lifetime", "Key Lifetime", FieldType.UInt32, FieldBase.Hex);
    public static readonly FieldDef PermittedConfigMethods = new("wps.permitted_config_methods", "Permitted COnfig Methods", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef PermittedConfigMethodsUsba = new("wps.permitted_config_methods.usba", "USB", FieldType.UInt16, FieldBase.Hex, 0x1);
    public static readonly FieldDef PermittedConfigMethodsEthernet = new("wps.permitted_config_methods.ethernet", "Ethernet", FieldType.UInt16, FieldBase.Hex, 0x2);
    public static readonly FieldDef PermittedConfigMethodsLabel = new("wps.permitted_config_methods.label", "Label", FieldType.UInt16, FieldBase.Hex, 0x4);
    public static readonly FieldDef PermittedConfigMethodsDisplay = new("wps.permitted_config_methods.display", "Display", FieldType.UInt16, FieldBase.Hex, 0x8);
    public static readonly FieldDef PermittedConfigMethodsVirtDisplay = new("wps.permitted_config_methods.virt_display", "Virtual Display", FieldType.UInt16, FieldBase.Hex, 0x2000);
    public static readonly FieldDef PermittedConfigMethodsPhyDisplay = new("wps.permitted_config_methods.phy_display", "Physical Display", FieldType.UInt16, FieldBase.Hex, 0x4000);
    public static readonly FieldDef PermittedConfigMethodsNfcext = new("wps.permitted_config_methods.nfcext", "External NFC", FieldType.UInt16, FieldBase.Hex, 0x10);
    public static readonly FieldDef PermittedConfigMethodsNfcint = new("wps.permitted_config_methods.nfcint", "Internal NFC", FieldType.UInt16, FieldBase.Hex, 0x20);
    public static readonly FieldDef PermittedConfigMethodsNfcinf = new("wps.permitted_config_methods.nfcinf", "NFC Interface", FieldType.UInt16, FieldBase.Hex, 0x40);
    public static readonly FieldDef PermittedConfigMethodsPushbutton = new("wps.permitted_config_methods.pushbutton", "Push Button", FieldType.UInt16, FieldBase.Hex, 0x80);
    public static readonly FieldDef PermittedConfigMethodsVirtPushbutton = new("wps.permitted_config_methods.virt_pushbutton", "Virtual Push Button", FieldType.UInt16, FieldBase.Hex, 0x200);
    public static readonly FieldDef PermittedConfigMethodsPhyPushbutton = new("wps.permitted_config_methods.phy_pushbutton", "Physical Push Button", FieldType.UInt16, FieldBase.Hex, 0x400);
    public static readonly FieldDef PermittedConfigMethodsKeypad = new("wps.permitted_config_methods.keypad", "Keypad", FieldType.UInt16, FieldBase.Hex, 0x100);
    public static readonly FieldDef SelectedRegistrarConfigMethods = new("wps.selected_registrar_config_methods", "Selected Registrar Config Methods", FieldType.UInt16, FieldBase.Hex);
    public static readonly FieldDef SelectedRegistrarConfigMethodsUsba = new("wps.selected_registrar_config_methods.usba", "USB", FieldType.UInt16, FieldBase.Hex, 0x1);
    public static readonly FieldDef SelectedRegistrarConfigMethodsEthernet = new("wps.selected_registrar_config_methods.ethernet", "Ethernet", FieldType.UInt16, FieldBase.Hex, 0x2);
    public static readonly FieldDef SelectedRegistrarConfigMethodsLabel = new("wps.selected_registrar_config_methods.label", "Label", FieldType.UInt16, FieldBase.Hex, 0x4);
    public static readonly FieldDef SelectedRegistrarConfigMethodsDisplay = new("wps.selected_registrar_config_methods.display", "Display", FieldType.UInt16, FieldBase.Hex, 0x8);
    public static readonly FieldDef SelectedRegistrarConfigMethodsVirtDisplay = new("wps.selected_registrar_config_methods.virt_display", "Virtual Display", FieldType.UInt16, FieldBase.Hex, 0x2000);
    public static readonly FieldDef SelectedRegistrarConfigMethodsPhyDisplay = new("wps.selected_registrar_config_methods.phy_display", "Physical Display", FieldType.UInt16, FieldBase.Hex, 0x4000);
    public static readonly FieldDef SelectedRegistrarConfigMethodsNfcext = new("wps.selected_registrar_config_methods.nfcext", "External NFC", FieldType.UInt16, FieldBase.Hex, 0x10);
    public static readonly FieldDef SelectedRegistrarConfigMethodsNfcint = new("wps.selected_registrar_config_methods.nfcint", "Internal NFC", FieldType.UInt16, FieldBase.Hex, 0x20);
    public static readonly FieldDef SelectedRegistrarConfigMethodsNfcinf = new("wps.selected_registrar_config_methods.nfcinf", "NFC Interface", FieldType.UInt16, FieldBase.Hex, 0x40);
    public static readonly FieldDef SelectedRegistrarConfigMethodsPushbutton = new("wps.selected_registrar_config_methods.pushbutton", "Push Button", FieldType.UInt16, FieldBase.Hex, 0x80);
    public static readonly FieldDef SelectedRegistrarConfigMethodsVirtPushbutton = new("wps.selected_registrar_config_methods.virt_pushbutton", "Virtual Push Button", FieldType.UInt16, FieldBase.Hex, 0x200);
    public static readonly FieldDef SelectedRegistrarConfigMethodsPhyPushbutton = new("wps.selected_registrar_config_methods.phy_pushbutton", "Physical Push Button", FieldType.UInt16, FieldBase.Hex, 0x400);
    public static readonly FieldDef SelectedRegistrarConfigMethodsKeypad = new("wps.selected_registrar_config_methods.keypad", "Keypad", FieldType.UInt16, FieldBase.Hex, 0x100);
    public static readonly FieldDef PrimaryDeviceType = new("wps.primary_device_type", "Primary Device Type", FieldType.Bytes);
    public static readonly FieldDef PrimaryDeviceTypeCategory = new("wps.primary_device_type.category", "Category", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeCategoryNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryComputer = new("wps.primary_device_type.subcategory_computer", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryComputerNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryInputDevice = new("wps.primary_device_type.subcategory_input_device", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryInputDeviceNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryPrintersScannersFaxesCopiers = new("wps.primary_device_type.subcategory_printers_scanners_faxes_copiers", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryPrintersScannersFaxesCopiersNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryCamera = new("wps.primary_device_type.subcategory_camera", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryCameraNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryStorage = new("wps.primary_device_type.subcategory_storage", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryStorageNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryNetworkInfrastructure = new("wps.primary_device_type.subcategory_network_infrastructure", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryNetworkInfrastructureNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryDisplays = new("wps.primary_device_type.subcategory_displays", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryDisplaysNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryMultimediaDevices = new("wps.primary_device_type.subcategory_multimedia_devices", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryMultimediaDevicesNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryGamingDevices = new("wps.primary_device_type.subcategory_gaming_devices", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryGamingDevicesNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryTelephone = new("wps.primary_device_type.subcategory_telephone", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryTelephoneNames);
    public static readonly FieldDef PrimaryDeviceTypeSubcategoryAudioDevices = new("wps.primary_device_type.subcategory_audio_devices", "Subcategory", FieldType.UInt16, FieldBase.Hex, 0, valueNames: PrimaryDeviceTypeSubcategoryAudioDevicesNames);
    public static readonly FieldDef SecondaryDeviceTypeList = new("wps.secondary_device_type_list", "Secondary Device Type List", FieldType.Bytes);
    public static readonly FieldDef PortableDevice = new("wps.portable_device", "Portable Device", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ApSetupLocked = new("wps.ap_setup_locked", "AP Setup Locked", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ApplicationExtension = new("wps.application_extension", "Application Extension", FieldType.Bytes);
    public static readonly FieldDef EapType = new("wps.eap_type", "EAP Type", FieldType.Bytes);
    public static readonly FieldDef InitializationVector = new("wps.initialization_vector", "Initialization Vector", FieldType.Bytes);
    public static readonly FieldDef KeyProvidedAutomatically = new("wps.key_provided_automatically", "Key Provided Automatically", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef Ieee8021xEnabled = new("wps.8021x_enabled", "8021x Enabled", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef Appsessionkey = new("wps.appsessionkey", "AppSessionKey", FieldType.Bytes);
    public static readonly FieldDef Weptransmitkey = new("wps.weptransmitkey", "WEP Transmit Key", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef RequestedDevType = new("wps.requested_dev_type", "Requested Device Type", FieldType.Bytes);
    public static readonly FieldDef VendorId = new("wps.vendor_id", "Vendor ID", FieldType.UInt24, FieldBase.Dec);
    public static readonly FieldDef ExtId = new("wps.ext.id", "WFA Extension Subelement ID", FieldType.UInt8, FieldBase.Dec, 0, valueNames: ExtIdNames);
    public static readonly FieldDef ExtLen = new("wps.ext.len", "WFA Extension Subelement Length", FieldType.UInt8, FieldBase.Dec);
    public static readonly FieldDef ExtVersion2 = new("wps.ext.version2", "Version2", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtAuthorizedmacs = new("wps.ext.authorizedmacs", "AuthorizedMACs", FieldType.Bytes);
    public static readonly FieldDef ExtNetworkKeyShareable = new("wps.ext.network_key_shareable", "Network Key Shareable", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtRequestToEnroll = new("wps.ext.request_to_enroll", "Request to Enroll", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtSettingsDelayTime = new("wps.ext.settings_delay_time", "Settings Delay Time", FieldType.UInt8, FieldBase.Hex);
    public static readonly FieldDef ExtMultiApBackhaulSta = new("wps.ext.multi_ap.backhaul_sta", "Backhaul STA", FieldType.Boolean, FieldBase.None, 0x80) { Booleans = new("Present", "Not Present") };
    public static readonly FieldDef ExtMultiApBackhaulBss = new("wps.ext.multi_ap.backhaul_bss", "Backhaul BSS", FieldType.Boolean, FieldBase.None, 0x40) { Booleans = new("Present", "Not Present") };
    public static readonly FieldDef ExtMultiApFronthaulBss = new("wps.ext.multi_ap.fronthaul_bss", "Fronthaul BSS", FieldType.Boolean, FieldBase.None, 0x20) { Booleans = new("Present", "Not Present") };
    public static readonly FieldDef ExtMultiApTeardown = new("wps.ext.multi_ap.teardown", "Teardown", FieldType.Boolean, FieldBase.None, 0x10) { Booleans = new("Required", "Not required") };
    public static readonly FieldDef ExtMultiApReserved = new("wps.ext.multi_ap.reserved", "Reserved", FieldType.UInt8, FieldBase.Hex, 0xF);
    public static readonly FieldDef ExtMultiApFlags = new("wps.ext.multi_ap_flags", "Multi-AP Flags", FieldType.UInt8, FieldBase.Hex);

    /// <summary>These fields in declaration order, for the protocol's declaration.</summary>
    public static FieldDef[] All { get; } =
    [
        DataElementType, Length, ApChannel, AssociationState, AuthenticationType, AuthenticationTypeFlags, AuthenticationTypeOpen,
        AuthenticationTypeWpapsk, AuthenticationTypeShared, AuthenticationTypeWpa, AuthenticationTypeWpa2, AuthenticationTypeWpa2psk,
        Authenticator, ConfigMethods, ConfigMethodsUsba, ConfigMethodsEthernet, ConfigMethodsLabel, ConfigMethodsDisplay,
        ConfigMethodsVirtDisplay, ConfigMethodsPhyDisplay, ConfigMethodsNfcext, ConfigMethodsNfcint, ConfigMethodsNfcinf,
        ConfigMethodsPushbutton, ConfigMethodsVirtPushbutton, ConfigMethodsPhyPushbutton, ConfigMethodsKeypad, ConfigurationError,
        ConfirmationUrl4, ConfirmationUrl6, ConnectionType, ConnectionTypeFlags, ConnectionTypeFlagsEss, ConnectionTypeFlagsIbss,
        Credential, DeviceName, DevicePasswordId, EHash1, EHash2, ESnonce1, ESnonce2, EncryptedSettings, EncryptionType,
        EncryptionTypeFlags, EncryptionTypeFlagsNone, EncryptionTypeFlagsWep, EncryptionTypeFlagsTkip, EncryptionTypeFlagsAes,
        EnrolleeNonce, FeatureId, Identity, IdentityProof, KeyWrapAuthenticator, KeyIdentifier, MacAddress, Manufacturer, MessageType,
        ModelName, ModelNumber, NetworkIndex, NetworkKey, NetworkKeyIndex, NewDeviceName, NewPassword, OobDevicePassword, OsVersion,
        PowerLevel, PskCurrent, PskMax, PublicKey, RadioEnabled, Reboot, RegistrarCurrent, RegistrarEstablished, RegistrarList,
        RegistrarMax, RegistrarNonce, RequestType, ResponseType, RfBands, RHash1, RHash2, RSnonce1, RSnonce2, SelectedRegistrar,
        SerialNumber, WifiProtectedSetupState, Ssid, TotalNetworks, UuidE, UuidR, VendorExtension, WpsVersion, X509CertificateRequest,
        X509Certificate, EapIdentity, MessageCounter, PublicKeyHash, RekeyKey, KeyLifetime, PermittedConfigMethods,
        PermittedConfigMethodsUsba, PermittedConfigMethodsEthernet, PermittedConfigMethodsLabel, PermittedConfigMethodsDisplay,
        PermittedConfigMethodsVirtDisplay, PermittedConfigMethodsPhyDisplay, PermittedConfigMethodsNfcext, PermittedConfigMethodsNfcint,
        PermittedConfigMethodsNfcinf, PermittedConfigMethodsPushbutton, PermittedConfigMethodsVirtPushbutton,
        PermittedConfigMethodsPhyPushbutton, PermittedConfigMethodsKeypad, SelectedRegistrarConfigMethods,
        SelectedRegistrarConfigMethodsUsba, SelectedRegistrarConfigMethodsEthernet, SelectedRegistrarConfigMethodsLabel,
        SelectedRegistrarConfigMethodsDisplay, SelectedRegistrarConfigMethodsVirtDisplay, SelectedRegistrarConfigMethodsPhyDisplay,
        SelectedRegistrarConfigMethodsNfcext, SelectedRegistrarConfigMethodsNfcint, SelectedRegistrarConfigMethodsNfcinf,
        SelectedRegistrarConfigMethodsPushbutton, SelectedRegistrarConfigMethodsVirtPushbutton, SelectedRegistrarConfigMethodsPhyPushbutton,
        SelectedRegistrarConfigMethodsKeypad, PrimaryDeviceType, PrimaryDeviceTypeCategory, PrimaryDeviceTypeSubcategoryComputer,
        PrimaryDeviceTypeSubcategoryInputDevice, PrimaryDeviceTypeSubcategoryPrintersScannersFaxesCopiers,
        PrimaryDeviceTypeSubcategoryCamera, PrimaryDeviceTypeSubcategoryStorage, PrimaryDeviceTypeSubcategoryNetworkInfrastructure,
        PrimaryDeviceTypeSubcategoryDisplays, PrimaryDeviceTypeSubcategoryMultimediaDevices, PrimaryDeviceTypeSubcategoryGamingDevices,
        PrimaryDeviceTypeSubcategoryTelephone, PrimaryDeviceTypeSubcategoryAudioDevices, SecondaryDeviceTypeList, PortableDevice,
        ApSetupLocked, ApplicationExtension, EapType, InitializationVector, KeyProvidedAutomatically, Ieee8021xEnabled, Appsessionkey,
        Weptransmitkey, RequestedDevType, VendorId, ExtId, ExtLen, ExtVersion2, ExtAuthorizedmacs, ExtNetworkKeyShareable,
        ExtRequestToEnroll, ExtSettingsDelayTime, ExtMultiApBackhaulSta, ExtMultiApBackhaulBss, ExtMultiApFronthaulBss, ExtMultiApTeardown,
        ExtMultiApReserved, ExtMultiApFlags,
    ];

    public static ProtocolDeclaration Declaration { get; } = new(Protocol, All, [WpsAttributes.PacketTooShort, WpsAttributes.ValueTooLong, WpsAttributes.LengthWrong]);
}
