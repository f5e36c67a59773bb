/// Root words (kata dasar) the stemmer accepts as results, written for the vocabulary of Indonesian
/// government and ICT planning texts (no third-party word list is bundled).
///
/// A word whose root is not listed is left unchanged by the stemmer, so a missing root costs a
/// match, never a wrong one. Loanwords in -asi/-isasi are listed whole so that they are not cut.
public enum IndonesianRootWords {
    /// Every root word, lower case.
    public static let all: Set<String> = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let list = """
        pemerintah perangkat penduduk perusahaan ada adil administrasi agenda ajar akhir akreditasi akses aksi aktif aktivitas akuntabel alami alat
        alih alir alokasi aman ambil analisis andal anggar anggota angkat anjur antar antisipasi apa
        aplikasi arah arsip arsitektur asal aset asing atas atur audit awal awas bagi bahan bahas baik baku
        balai banding bangkit bangun bantu banyak baru batal batas bawa bawah beban beda bela beli benar
        bentuk beri berita berkas besar biaya bidang bijak bimbing bina bisnis buat budaya buka bukti buruk
        butuh cabut cakup capai cari catat cegah cepat cerdas cermat cerna cetak cinta cipta cocok cukup
        daerah daftar dampak damping dana dapat dasar data daya dekat dengar derajat desa desain deteksi
        diam didik digit diri dokumen dokumentasi dorong duduk duga dukung dunia edar efektif efisien
        ekonomi ekspos elektronik evaluasi fasilitas formulasi fungsi gabung gagal gali gambar ganggu ganti
        gelar gerak giat guna hadap hadir hak hambat hapus harap harmonisasi hasil hemat henti hilang himpun
        hitung hubung hukum hutang identifikasi ikut implementasi indeks indikator industri informasi
        infrastruktur ingat ingin inovasi input insiden instansi instruksi integrasi interaksi interkoneksi
        interoperabilitas inti investasi isi izin jabat jadi jadwal jaga jalan jalin jamin jaring jasa jelas
        jenis jual jumlah kabul kait kaji kala kalah kantor kapasitas karakter karya kawal kecil kejar
        keliling kelola kelompok keluar kembali kembang kemuka kena kenal kendali kerja kesan ketua khusus
        kira kirim klasifikasi kodifikasi kolaborasi komitmen kompetensi komunikasi kondisi konsep konsisten
        konsolidasi kontrak kontrol koordinasi kuasa kuat kumpul kunci kurang lahir lain laksana laku lalu
        lambat lampir langgar langsung lanjut lapor latih layak layan lebih lembaga lengkap letak lewat
        lihat lindung lingkung lintas lolos lua luar luas lulus lupa mahir maju maklum makna maksud mampu
        manajemen mandiri manfaat mangkir mantau masak masuk masyarakat mati migrasi milik minta mirip misi
        mitra modernisasi muat muda mudah mula mulai murah mutakhir naik nama negara nikmat nilai nomor
        notifikasi nyata objek olah operasi optimal optimalisasi organisasi orientasi otomatisasi padu pajak
        pakai paket pancar pantas pantau papar partisipasi pasang pasti pecah pegang pelihara peran percaya
        pergi perintah periode perlu pesan pihak pikir pilih pimpin pindah pinjam pinta pintar pisah pokok
        portal potensi praktik prioritas produk program proses proteksi publik publikasi pulih pungut pusat
        putar putus rancang rangka rangkum rasa rawan rawat realisasi registrasi regulasi rekam rekomendasi
        rencana replikasi resmi restrukturisasi revisi reviu rinci ringkas rintis risiko ruang rujuk rumah
        rumus runtut rusak sadar salah salur sama sambung sampai sandi sangkut saran saring sasar satu sebar
        sebut sedang sedia segera sehat sekolah selaras seleksi selenggara selesai semua senang sepakat
        serah serta sertifikat sesuai setuju sewa siap siar sidang simpan simulasi sinergi singkat sinkron
        sistem sita situs skala solusi sosialisasi standar standardisasi status strategi struktur sulit
        sumbang sumber sunting surat susun syarat tagih tahan tahap tahu tahun takar tambah tampak tampil
        tampung tanam tanda tangan tanggap tanggung tangkap tantang tanya tapa target tarik tata tawar tegas
        tekan teknis teknologi teliti tempat temu tengah tentu terap terbit terima terus tetap tiap tidak
        tim timbang tindak tinggi tingkat tinjau tiru titik tolak tonton transformasi tugas tuju tukar tulis
        tumbuh tunda tunjang tunjuk turun tutup uang ubah uji ukur ulang ulas umum undang unduh unggul
        ungkap unit untuk upaya urai urus urut usaha usul utama validasi verifikasi visi wajib wakil waktu
        warga waris wenang wilayah wujud
        """
}
