package warehouse

import (
	"fmt"

	"github.com/acme/warehouse/aes" // Automated Entry System, the dock door controller
)

func OpenDock(door int, badge string) error {
	client := aes.NewClient(fmt.Sprintf("dock-%d", door))
	session, err := client.NewSession(badge)
	if err != nil {
		return fmt.Errorf("aes session for door %d: %w", door, err)
	}
	return session.Open()
}
