package app.tandem.practice;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeSettingsRepository extends JpaRepository<PracticeSettings, Long> {}
