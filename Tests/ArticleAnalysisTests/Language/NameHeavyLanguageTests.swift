@testable import ArticleAnalysis
import Testing

/// Wire copy that is mostly names and figures keeps its language: English tables stay English, and German,
/// Indonesian, French and Spanish articles (tables and names included) are never turned English.
@Suite struct NameHeavyLanguageTests {
    /// Results tables whose names fool CLD2 alone (Dutch, German and Spanish club names; checked first, so
    /// the test fails if CLD2 ever reads them right and they stop testing anything).
    @Test(arguments: [
        """
        SOCCER - DUTCH FIRST DIVISION RESULTS .
        AMSTERDAM 1996-09-15
        Results of Dutch first division matches on Sunday :
        Feyenoord Rotterdam 2 Willem II Tilburg 0
        Vitesse Arnhem 1 Sparta Rotterdam 1
        NAC Breda 0 PSV Eindhoven 3
        Roda JC Kerkrade 2 Heerenveen 2
        Fortuna Sittard 1 Ajax Amsterdam 1
        Groningen 0 Twente Enschede 1
        Standings :
        PSV Eindhoven 6 5 1 0 17 3 16
        Feyenoord Rotterdam 6 4 1 1 10 6 13
        """,
        """
        SOCCER - GERMAN SECOND DIVISION RESULTS .
        BONN 1996-10-06
        Results of German second division matches on Sunday :
        Fortuna Koeln 1 Waldhof Mannheim 0
        SV Meppen 2 VfL Wolfsburg 2
        Carl Zeiss Jena 0 Eintracht Frankfurt 1
        FC Homburg 3 SpVgg Unterhaching 1
        Rot-Weiss Essen 1 Hertha Berlin 4
        Stuttgarter Kickers 2 FSV Zwickau 0
        """,
        """
        SOCCER - SPANISH LEAGUE RESULTS .
        MADRID 1996-09-22
        Results of Spanish first division matches on Sunday :
        Real Betis 2 Real Oviedo 0
        Deportivo Coruna 1 Celta Vigo 1
        Atletico Madrid 3 Rayo Vallecano 1
        Sporting Gijon 0 Real Sociedad 0
        Espanyol 2 Real Zaragoza 2
        """,
    ])
    func englishResultsTablesStayEnglish(text: String) throws {
        let namesOnly = try #require(LanguageIdentifier.detect(text, maximumBytes: LanguageIdentifier.maximumBytes))
        #expect(namesOnly.code != "en")
        #expect(try #require(LanguageIdentifier.identify(text)).code == "en")
    }

    @Test func englishStoryFullOfIndonesianNamesIsEnglish() throws {
        let text = """
            INDONESIAN MINISTER VISITS SUMATRA FLOOD AREA .
            MEDAN , Indonesia 1997-01-09
            Social Affairs Minister Inten Soeweno visited flood victims in Tapanuli Selatan and Labuhan Batu on \
            Thursday , Antara news agency said .
            Governor Raja Inal Siregar of Sumatera Utara said more than 12,000 people had been moved from their homes .
            The army sent troops from Bukit Barisan command to help .
            """
        #expect(try #require(LanguageIdentifier.identify(text)).code == "en")
    }

    @Test(arguments: [
        ("""
        Fußball-Bundesliga, 5. Spieltag: Die Ergebnisse vom Samstag im Überblick.
        Bayern München 2 Borussia Mönchengladbach 0
        Hamburger SV 1 Werder Bremen 1
        Schalke 04 3 SC Freiburg 2
        Karlsruher SC 0 VfB Stuttgart 4
        Bayer Leverkusen 2 Hansa Rostock 1
        Der VfB Stuttgart bleibt nach dem klaren Sieg in Karlsruhe an der Tabellenspitze, die Bayern folgen mit zwei Punkten Rückstand.
        """, "de"),
        ("""
        Berlin (dpa) - Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den polnischen Ministerpräsidenten Donald Tusk empfangen. \
        Die beiden Regierungschefs sprachen über die Lage in der Ukraine und die Zusammenarbeit an der Grenze.
        """, "de"),
        ("""
        Hasil Liga 1 Indonesia pekan ke-12, Sabtu malam:
        Persib Bandung 2 Persija Jakarta 1
        Arema FC 0 Persebaya Surabaya 0
        Bali United 3 PSM Makassar 1
        Persib Bandung kini memimpin klasemen sementara dengan selisih dua poin dari Bali United, sementara Persija turun ke posisi keempat.
        """, "id"),
        ("""
        JAKARTA - Presiden Joko Widodo meresmikan Bendungan Sadawarna di Kabupaten Subang, Jawa Barat, pada hari Kamis. \
        Menurut Menteri Pekerjaan Umum Basuki Hadimuljono, bendungan itu akan mengairi ribuan hektar sawah milik petani setempat.
        """, "id"),
        ("""
        PARIS (AFP) - Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz. \
        Les deux dirigeants ont évoqué la guerre en Ukraine et la réforme du marché européen de l'électricité.
        """, "fr"),
        ("""
        Resultados de la jornada 10 de LaLiga: Real Madrid 3 Sevilla 1; Atlético de Madrid 2 Valencia 0; \
        Athletic Club 1 Real Sociedad 1. El Real Madrid sigue líder de la clasificación con tres puntos de ventaja sobre el Barcelona.
        """, "es"),
    ])
    func otherLanguagesKeepTheirVerdict(text: String, code: String) throws {
        #expect(try #require(LanguageIdentifier.identify(text)).code == code)
    }

    /// Non-English results and an English quotation inside German news: whatever CLD2 alone says stays.
    @Test(arguments: [
        """
        Uitslagen eredivisie zondag:
        Feyenoord 2 Willem II 0
        Vitesse 1 Sparta Rotterdam 1
        NAC Breda 0 PSV 3
        PSV blijft koploper na de zege in Breda, Feyenoord volgt op drie punten.
        """,
        """
        Hasil bulu tangkis Malaysia Terbuka, Sabtu:
        Tunggal putra: Rashid Sidek (Malaysia) menang atas Joko Suprianto (Indonesia) 15-8 15-12
        Alan Budi Kusuma (Indonesia) menang atas Ong Ewe Hock (Malaysia) 15-11 17-16
        Tunggal putri: Susi Susanti mengalahkan Mia Audina 11-5 11-7
        """,
        """
        München (dpa) - Der Chef von Siemens, Roland Busch, hat am Montag in München gesagt: "We are not leaving \
        China." Das Unternehmen werde seine Werke in Shanghai und Chengdu weiter ausbauen.
        """,
    ])
    func foreignTextIsNeverMadeEnglish(text: String) throws {
        let namesOnly = LanguageIdentifier.detect(text, maximumBytes: LanguageIdentifier.maximumBytes)
        #expect(namesOnly?.code != "en")
        #expect(LanguageIdentifier.identify(text) == namesOnly)
    }

    @Test func proseWordsSkipNamesFiguresAndPunctuation() {
        let sample = ProseSample(of: "Results of the Bundesliga : Bayern 2 Schalke 0 , played (on) Saturday.", maximumBytes: 4096)
        #expect(sample.text == "of the played on")
        #expect(sample.wordCount == 4)
        #expect(sample.englishFunctionWordCount == 2)
    }

    @Test func proseSampleReadsOnlyItsWindow() {
        let sample = ProseSample(of: "the cat sat on the mat", maximumBytes: 8)
        #expect(sample.text == "the cat")
    }
}
