/**
 * Every source the data cites, by key. Muscle facts, referral zones, motions and path figures refer to
 * these keys; tests check that every key used exists here.
 */
export interface Source {
  key: string;
  /** Short label for on-screen lists. */
  short: string;
  /** Full reference. */
  full: string;
  url?: string;
  kind: 'book' | 'paper' | 'model' | 'web' | 'data';
}

const S = (key: string, short: string, full: string, kind: Source['kind'], url?: string): Source => ({
  key,
  short,
  full,
  kind,
  ...(url ? { url } : {}),
});

export const SOURCES: readonly Source[] = [
  // Models and data
  S(
    'gait2392',
    'OpenSim gait2392 model',
    'Delp SL, Loan JP, Hoy MG, Zajac FE, Topp EL, Rosen JM; Anderson FC, Pandy MG; Thelen DG; Seth A. OpenSim Gait2392 musculoskeletal model (opensim-org/opensim-models, Models/Gait2392_Simbody). Licensed CC BY 3.0.',
    'model',
    'https://github.com/opensim-org/opensim-models',
  ),
  S(
    'rajagopal2016',
    'Rajagopal et al. 2016',
    'Rajagopal A, Dembia CL, DeMers MS, Delp DD, Hicks JL, Delp SL. Full-body musculoskeletal model for muscle-driven simulation of human gait. IEEE Trans Biomed Eng 2016;63(10):2068-2079. doi:10.1109/TBME.2016.2586891',
    'model',
    'https://simtk.org/projects/full_body',
  ),
  S(
    'delp1990',
    'Delp et al. 1990',
    'Delp SL, Loan JP, Hoy MG, Zajac FE, Topp EL, Rosen JM. An interactive graphics-based model of the lower extremity to study orthopaedic surgical procedures. IEEE Trans Biomed Eng 1990;37:757-767.',
    'paper',
  ),
  S(
    'anderson_pandy',
    'Anderson & Pandy 1999, 2001',
    'Anderson FC, Pandy MG. A dynamic optimization solution for vertical jumping in three dimensions. Comput Methods Biomech Biomed Eng 1999;2:201-231; and Dynamic optimization of human walking. J Biomech Eng 2001;123:381-390.',
    'paper',
  ),
  S(
    'yamaguchi_zajac1989',
    'Yamaguchi & Zajac 1989',
    'Yamaguchi GT, Zajac FE. A planar model of the knee joint to characterize the knee extensor mechanism. J Biomech 1989;22:1-10.',
    'paper',
  ),
  S(
    'thelen2003',
    'Thelen 2003',
    'Thelen DG. Adjustment of muscle mechanics model parameters to simulate dynamic contractions in older adults. J Biomech Eng 2003;125:70-77.',
    'paper',
  ),
  S(
    'delp2007',
    'Delp et al. 2007 (OpenSim)',
    'Delp SL, Anderson FC, Arnold AS, et al. OpenSim: open-source software to create and analyze dynamic simulations of movement. IEEE Trans Biomed Eng 2007;54:1940-1950.',
    'paper',
  ),
  S(
    'subject01_walk1',
    'OpenSim example walking trial',
    'subject01_walk1 inverse-kinematics result for the Gait2392 model, OpenSim example data (opensim-org/opensim-models, Pipelines/Gait2392_Simbody/subject01_walk1_ik.mot); right heel strikes at 0.618 s and 1.853 s.',
    'data',
    'https://github.com/opensim-org/opensim-models',
  ),
  S(
    'christophy2012',
    'Christophy et al. 2012',
    'Christophy M, Faruk Senan NA, Lotz JC, O’Reilly OM. A musculoskeletal model for the lumbar spine. Biomech Model Mechanobiol 2012;11:19-34.',
    'paper',
  ),
  S(
    'delp2001',
    'Delp et al. 2001',
    'Delp SL, Suryanarayanan S, Murray WM, Uhlir J, Triolo RJ. Architecture of the rectus abdominis, quadratus lumborum, and erector spinae. J Biomech 2001;34:371-375.',
    'paper',
  ),
  S(
    'brown2011',
    'Brown et al. 2011',
    'Brown SHM, Ward SR, Cook MS, Lieber RL. Architectural analysis of human abdominal wall muscles: implications for mechanical function. Spine 2011;36(5):355-362.',
    'paper',
  ),
  S(
    'urquhart2005',
    'Urquhart et al. 2005',
    'Urquhart DM, Barker PJ, Hodges PW, Story IH, Briggs CA. Regional morphology of the transversus abdominis and obliquus internus and externus abdominis muscles. Clin Biomech 2005;20:233-241.',
    'paper',
  ),
  S(
    'bogduk1992',
    'Bogduk et al. 1992',
    'Bogduk N, Macintosh JE, Pearcy MJ. A universal model of the lumbar back muscles in the upright position. Spine 1992;17:897-913.',
    'paper',
  ),
  S(
    'ward2009',
    'Ward et al. 2009',
    'Ward SR, Eng CM, Smallwood LH, Lieber RL. Are current measurements of lower extremity muscle architecture accurate? Clin Orthop Relat Res 2009;467:1074-1082.',
    'paper',
  ),
  S(
    'handsfield2014',
    'Handsfield et al. 2014',
    'Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS. Relationships of 35 lower limb muscles to height and body mass quantified using MRI. J Biomech 2014;47:631-638.',
    'paper',
  ),
  S(
    'horsman2007',
    'Horsman et al. 2007',
    'Horsman MDK, Koopman HFJM, van der Helm FCT, Prosé LP, Veeger HEJ. Morphological muscle and joint parameters for musculoskeletal modelling of the lower extremity. Clin Biomech 2007;22:239-247.',
    'paper',
  ),
  S(
    'white_panjabi1990',
    'White & Panjabi 1990',
    'White AA, Panjabi MM. Clinical Biomechanics of the Spine, 2nd ed. Lippincott, 1990 (representative segmental ranges of motion).',
    'book',
  ),
  S(
    'pearcy_bogduk1988',
    'Pearcy & Bogduk 1988',
    'Pearcy MJ, Bogduk N. Instantaneous axes of rotation of the lumbar intervertebral joints. Spine 1988;13:1033-1041.',
    'paper',
  ),
  S(
    'gilad_nissan1986',
    'Gilad & Nissan 1986',
    'Gilad I, Nissan M. A study of vertebra and disc geometric relations of the human cervical and lumbar spine. Spine 1986;11:154-157.',
    'paper',
  ),
  S(
    'reynolds1982',
    'Reynolds et al. 1982',
    'Reynolds HM, Snow CC, Young JW. Spatial geometry of the human pelvis. FAA Civil Aeromedical Institute, report AM-82-9, 1982.',
    'paper',
  ),
  S(
    'perry2010',
    'Perry & Burnfield 2010',
    'Perry J, Burnfield JM. Gait Analysis: Normal and Pathological Function, 2nd ed. SLACK, 2010.',
    'book',
  ),
  S(
    'winter2009',
    'Winter 2009',
    'Winter DA. Biomechanics and Motor Control of Human Movement, 4th ed. Wiley, 2009 (normal walking kinematics).',
    'book',
  ),
  S(
    'neumann2010',
    'Neumann 2010',
    'Neumann DA. Kinesiology of the hip: a focus on muscular actions. J Orthop Sports Phys Ther 2010;40:82-94.',
    'paper',
  ),
  S(
    'delp1999',
    'Delp et al. 1999',
    'Delp SL, Hess WE, Hungerford DS, Jones LC. Variation of rotation moment arms with hip flexion. J Biomech 1999;32:493-501.',
    'paper',
  ),
  S(
    'kerrigan1998',
    'Kerrigan et al. 1998',
    'Kerrigan DC, Todd MK, Della Croce U, Lipsitz LA, Collins JJ. Biomechanical gait alterations independent of speed in the healthy elderly: evidence for specific limiting impairments. Arch Phys Med Rehabil 1998;79:317-322 (peak hip extension in the trailing limb).',
    'paper',
  ),
  S(
    'schenkman1990',
    'Schenkman et al. 1990',
    'Schenkman M, Berger RA, Riley PO, Mann RW, Hodge WA. Whole-body movements during rising to standing from sitting. Phys Ther 1990;70:638-648.',
    'paper',
  ),
  S(
    'gray',
    "Gray's Anatomy",
    "Gray H. Anatomy of the Human Body, 20th ed. (1918; public domain) and Standring S (ed.), Gray's Anatomy, 42nd ed., Elsevier 2020.",
    'book',
  ),
  S(
    'elia1996',
    'Elia et al. 1996',
    'Elia DS, Bohannon RW, Cameron D, Albro RC. Dynamic pelvic stabilization during hip flexion: a comparison study. J Orthop Sports Phys Ther 1996;24:30-36.',
    'paper',
  ),
  S(
    'kadaba1990',
    'Kadaba et al. 1990',
    'Kadaba MP, Ramakrishnan HK, Wootten ME. Measurement of lower extremity kinematics during level walking. J Orthop Res 1990;8:383-392 (normal hip angles and their spread).',
    'paper',
  ),
  // Ligaments, fascia, nerves and vessels (src/anatomy/structures)
  S('netter', 'Netter, Atlas of Human Anatomy', 'Netter FH. Atlas of Human Anatomy, 7th ed. Elsevier, 2019.', 'book'),
  S(
    'moore',
    'Moore, Clinically Oriented Anatomy',
    'Moore KL, Dalley AF, Agur AMR. Clinically Oriented Anatomy, 8th ed. Wolters Kluwer, 2018.',
    'book',
  ),
  S(
    'bogduk2012',
    'Bogduk, Anatomy of the Lumbar Spine',
    'Bogduk N. Clinical and Radiological Anatomy of the Lumbar Spine, 5th ed. Churchill Livingstone, 2012.',
    'book',
  ),
  S(
    'willard2012',
    'Willard et al. 2012',
    'Willard FH, Vleeming A, Schuenke MD, Danneels L, Schleip R. The thoracolumbar fascia: anatomy, function and clinical considerations. J Anat 2012;221:507-536.',
    'paper',
  ),
  S(
    'vleeming2012',
    'Vleeming et al. 2012',
    'Vleeming A, Schuenke MD, Masi AT, Carreiro JE, Danneels L, Willard FH. The sacroiliac joint: an overview of its anatomy, function and potential clinical implications. J Anat 2012;221:537-567.',
    'paper',
  ),
  S(
    'fuss_bacher1991',
    'Fuss & Bacher 1991',
    'Fuss FK, Bacher A. New aspects of the morphology and function of the human hip joint ligaments. Am J Anat 1991;192:1-13.',
    'paper',
  ),
  S(
    'bigelow1869',
    'Bigelow 1869',
    'Bigelow HJ. The Mechanism of Dislocation and Fracture of the Hip, with the Reduction of the Dislocations by the Flexion Method. Philadelphia: Henry C. Lea, 1869.',
    'book',
  ),
  S(
    'joh2013',
    'Joh et al. 2013',
    'Joh JH, Ahn HJ, Park HC. Reference diameters of the abdominal aorta and iliac arteries in the Korean population. Yonsei Med J 2013;54:48-54 (infrarenal aorta 1.9 cm in men, common iliac arteries ≈ 1.2 cm).',
    'paper',
  ),
  S(
    'paivansalo2000',
    'Päivänsalo et al. 2000',
    'Päivänsalo MJ, Merikanto J, Jerkkola T, et al. Effect of hypertension and risk factors on diameters of abdominal aorta and common iliac and femoral arteries in middle-aged hypertensive and control subjects. Atherosclerosis 2000;153:99-106 (duplex ultrasound, 1007 adults).',
    'paper',
  ),
  S(
    'sandgren1999',
    'Sandgren et al. 1999',
    'Sandgren T, Sonesson B, Ahlgren AR, Länne T. The diameter of the common femoral artery in healthy human: influence of sex, age, and body size. J Vasc Surg 1999;29:503-510.',
    'paper',
  ),
  S(
    'may1957',
    'May & Thurner 1957',
    'May R, Thurner J. The cause of the predominantly sinistral occurrence of thrombosis of the pelvic veins. Angiology 1957;8:419-427.',
    'paper',
  ),
  // Trigger-point literature
  S(
    'TS2',
    'Travell & Simons, vol. 2 (1992)',
    'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 2, The Lower Extremities. Williams & Wilkins, 1992.',
    'book',
  ),
  S(
    'TS1',
    'Simons, Travell & Simons, vol. 1 (1999)',
    'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 1, Upper Half of Body, 2nd ed. Williams & Wilkins, 1999.',
    'book',
  ),
  S(
    'TS3',
    'Donnelly et al. (3rd ed., 2019)',
    "Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL. Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. Wolters Kluwer, 2019.",
    'book',
  ),
  S(
    'FC',
    'Trigger Point Flip Charts (1996)',
    "Travell JG, Simons DG. Travell & Simons' Trigger Point Flip Charts. Williams & Wilkins, 1996.",
    'book',
  ),
  S(
    'DAV',
    'Davies, Trigger Point Therapy Workbook',
    'Davies C, Davies A. The Trigger Point Therapy Workbook, 3rd ed. New Harbinger, 2013.',
    'book',
  ),
  // Secondary trigger-point sources that paraphrase Travell & Simons (web pages; lower authority than the books)
  S(
    'NAMTPT',
    'NAMTPT symptom checker',
    'National Association of Myofascial Trigger Point Therapists. Myofascial pain symptom checker: muscle pages for iliopsoas, quadratus lumborum, gluteus medius, gluteus minimus, piriformis, pectineus, rectus femoris and longissimus (paraphrasing Travell & Simons).',
    'web',
    'http://myofascialtherapy.org/symptom-checker/symptomcheck/symptom_leg_iliopsoas.html',
  ),
  S(
    'PFH',
    'Pain Free Health: gluteus minimus',
    'Pain Free Health (painfreehealth.ca). Gluteus minimus muscle (follows the TS2 chapter on this muscle closely).',
    'web',
    'https://painfreehealth.ca/gluteus-minimus-muscle/',
  ),
  S(
    'GAL',
    'galantdesign.se: low-back trigger points',
    'galantdesign.se. Low-back pain page on quadratus lumborum trigger points (paraphrasing TS2).',
    'web',
    'http://galantdesign.se/',
  ),
  S(
    'TPT',
    'triggerpointtherapist.com (Perry)',
    'Perry L. Articles at triggerpointtherapist.com on iliopsoas, hip pain, tensor fasciae latae and quadratus lumborum trigger points.',
    'web',
    'https://www.triggerpointtherapist.com/?p=2478',
  ),
  S(
    'BRS',
    'Brainscape TrP flashcards',
    'Brainscape flashcard decks "TrP referral" and "TrP location" (study cards summarising Travell & Simons referral patterns and trigger-point sites).',
    'web',
    'https://brainscape.com/flashcards/trp-referral-5577667/packs/8307149',
  ),
  S(
    'NAT',
    'Niel-Asher, trigger point video blog',
    'Niel-Asher S. Video blog articles on trigger point therapy: psoas, pectineus, sartorius, tensor fasciae latae and iliotibial band, hamstrings, and the key muscles of low back pain (nielasher.com).',
    'web',
    'https://www.nielasher.com/blogs/video-blog/trigger-point-therapy-treating-psoas',
  ),
  S(
    'FIN',
    'Finando & Finando 2005',
    'Finando D, Finando S. Trigger Point Therapy for Myofascial Pain: The Practice of Informed Touch. Healing Arts Press, 2005.',
    'book',
  ),
  S(
    'RH',
    'fitness-vip.com: lower torso pain',
    'fitness-vip.com. Muscle chains: muscles of lower torso pain (apparently adapted from a German trigger-point text).',
    'web',
    'https://www.fitness-vip.com/muscle-chains/muscles-of-lower-torso-pain.html',
  ),
  S(
    'KENT',
    'Kent, Massage Today',
    'Kent D. Massage Today articles on the gluteus minimus, gluteus maximus, tensor fasciae latae and adductor magnus.',
    'web',
    'http://www.massagetoday.com/mpacms/mt/article.php?id=14414',
  ),
  S(
    'ABD',
    'Abbott Center: groin pain series',
    'Abbott Center, Boston pain therapy blog. Groin pain: causes and trigger points (series summarising Travell & Simons).',
    'web',
    'https://abbottcenter.com/bostonpaintherapy/2009/07/30/groin-pain-causes-trigger-points/',
  ),
  S(
    'TPR',
    'triggerpointrelief.net: piriformis',
    'triggerpointrelief.net. Piriformis and the other short lateral rotators (cites TS2).',
    'web',
    'https://triggerpointrelief.net/piriformis-2',
  ),
  S(
    'MP',
    'musclepain.org',
    'musclepain.org. Piriformis trigger points; groin trigger points (cite TS2 ch. 10).',
    'web',
    'https://musclepain.org/piriformis-trigger-points/',
  ),
  S(
    'AAMM',
    'American Academy of Manual Medicine',
    'American Academy of Manual Medicine (webmanmed.com). Muscle guide pages: sartorius; coccygeus.',
    'web',
    'http://www.webmanmed.com/disorders/disorders_files/musclgd/lowxtrm/13514981.html',
  ),
  S(
    'contemporaryobgyn',
    'Parker, Contemporary OB/GYN',
    'Parker. Iliopsoas trigger point. Contemporary OB/GYN (online article summarising TS2).',
    'web',
    'https://www.contemporaryobgyn.net/view/iliopsoas-trigger-point',
  ),
  S(
    'aberdeen',
    'Aberdeen Chiropractic blog',
    'Aberdeen Chiropractic blog (aberdeenchiropracticblog.com). Trigger-point posts on iliopsoas, quadratus lumborum, the gluteals, adductor longus, adductor magnus, tensor fasciae latae and rectus femoris (therapist site; lower authority).',
    'web',
    'https://aberdeenchiropracticblog.com/',
  ),
  S(
    'massagelibrary',
    'massagelibrary.com',
    'massagelibrary.com. Trigger-point pages on the hamstrings and gluteus medius (therapist site; lower authority).',
    'web',
    'https://massagelibrary.com/',
  ),
  S(
    'mortonsfoot',
    'mortonsfoot.com',
    'mortonsfoot.com. Trigger-point pages on the gluteus minimus and rectus femoris (lower authority).',
    'web',
    'https://mortonsfoot.com/',
  ),
  S(
    'innerouterhealth',
    'innerouterhealth.com.au',
    'innerouterhealth.com.au. Trigger-point page on the rectus femoris (therapist site; lower authority).',
    'web',
    'https://innerouterhealth.com.au/',
  ),
  // Anatomy references
  S(
    'PP',
    'Physiopedia',
    'Physiopedia. Iliopsoas; Gluteus minimus; Piriformis syndrome.',
    'web',
    'http://www.physio-pedia.com/index.php?oldid=294075&title=Iliopsoas',
  ),
  S(
    'SP',
    'StatPearls',
    'StatPearls (NCBI Bookshelf). Anatomy chapters on the iliopsoas (NBK531508) and the gluteus minimus muscle (NBK556144). StatPearls Publishing.',
    'web',
    'https://www.ncbi.nlm.nih.gov/books/NBK531508/',
  ),
  S(
    'TMA',
    'TeachMeAnatomy',
    'TeachMeAnatomy (teachmeanatomy.info): muscles of the hip and thigh, and study flashcards derived from it.',
    'web',
    'https://teachmeanatomy.info/',
  ),
  S(
    'imaios',
    'IMAIOS e-Anatomy',
    "IMAIOS e-Anatomy. Muscle entries based on Gray's Anatomy: quadratus lumborum, psoas minor, superficial and deep gluteal muscles, tensor fasciae latae.",
    'web',
    'https://www.imaios.com/en/e-anatomy',
  ),
  S('wikimsk', 'WikiMSK: Psoas major', 'WikiMSK. Psoas major.', 'web', 'https://wikimsk.org/'),
  S(
    'anatomyinsight',
    'anatomyinsight.com',
    'anatomyinsight.com. Muscles of the medial and anterior compartments of the thigh.',
    'web',
    'https://anatomyinsight.com/',
  ),
  S(
    'albany',
    'Albany Medical College virtual lab',
    'Albany Medical College virtual anatomy lab, Lab 6 (gluteal region and short lateral rotators of the hip).',
    'web',
    'https://tarbor6.github.io/Lab6',
  ),
  S(
    'Beck2000',
    'Beck et al. 2000',
    'Beck M, Sledge JB, Gautier E, Dora CF, Ganz R. The anatomy and function of the gluteus minimus muscle. J Bone Joint Surg Br 2000;82(3):358-363.',
    'paper',
  ),
  S(
    'robertson',
    'Robertson Family Chiropractic',
    'Robertson Family Chiropractic (robertsonfamilychiro.com). Trigger-point page on the hip adductors, summarising Travell & Simons (therapist site; lower authority).',
    'web',
    'https://robertsonfamilychiro.com/',
  ),
  S(
    'painwhisperer',
    'painwhisperer.com',
    'painwhisperer.com. Trigger-point pages on the adductor magnus and the hamstrings (therapist site; lower authority).',
    'web',
    'https://painwhisperer.com/',
  ),
  S(
    'triggerpointca',
    'triggerpoint.ca',
    'triggerpoint.ca. Trigger-point page on the adductor magnus (therapist site; lower authority).',
    'web',
    'https://triggerpoint.ca/',
  ),
  S(
    'wellnessdigest',
    'The Wellness Digest',
    'thewellnessdigest.com. Trigger-point pages on semimembranosus and iliopsoas (lower authority).',
    'web',
    'https://thewellnessdigest.com/',
  ),
  S(
    'knowledgebuilders',
    'knowledge-builders.org',
    'knowledge-builders.org. Trigger-point study notes on the gluteal muscles (lower authority).',
    'web',
    'https://knowledge-builders.org/',
  ),
];

const BY_KEY = new Map(SOURCES.map((s) => [s.key, s]));

export function source(key: string): Source {
  const s = BY_KEY.get(key);
  if (!s) throw new Error(`unknown source ${key}`);
  return s;
}

export const hasSource = (key: string) => BY_KEY.has(key);
